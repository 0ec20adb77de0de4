package vn.donthu.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.donthu.letter.LetterDetails.Locality;

/** Addresses as petitioners write them, resolved against the shipped gazetteer. */
class AddressResolverTest {

    private static final LocalDate BEFORE = LocalDate.of(2021, 3, 12);
    private static final LocalDate AFTER = LocalDate.of(2025, 9, 2);

    private final AddressResolver resolver = new AddressResolver(Gazetteer.shipped());

    @Test
    void aProvinceOfTheOldListIsMappedToTheProvinceItIsPartOfNow() {
        Locality locality = resolve("thôn Đông, xã Hòa Tiến, tỉnh Bắc Giang", AFTER).orElseThrow();
        assertThat(locality.codeList()).isEqualTo("2008");
        assertThat(locality.provinceCode()).isEqualTo("24");
        assertThat(locality.provinceName()).isEqualTo("Tỉnh Bắc Giang");
        assertThat(locality.currentProvinceCode()).isEqualTo("24");
        assertThat(locality.currentProvinceName()).isEqualTo("Tỉnh Bắc Ninh");
        assertThat(locality.addressText()).isEqualTo("thôn Đông, xã Hòa Tiến, tỉnh Bắc Giang");
    }

    @Test
    void theLetterDateChoosesTheListWhenTheTextFitsBoth() {
        assertThat(resolve("tỉnh Bắc Ninh", BEFORE).orElseThrow())
                .extracting(Locality::codeList, Locality::provinceCode, Locality::currentProvinceCode)
                .containsExactly("2008", "27", "24");
        assertThat(resolve("tỉnh Bắc Ninh", AFTER).orElseThrow())
                .extracting(Locality::codeList, Locality::provinceCode, Locality::currentProvinceCode)
                .containsExactly("2025", "24", "24");
    }

    @Test
    void provincesAreFoundWithoutDiacriticsAndUnderTheirOtherNames() {
        assertThat(resolve("tinh Ha Tinh", BEFORE)).map(Locality::provinceName).contains("Tỉnh Hà Tĩnh");
        assertThat(resolve("TP.HCM", BEFORE)).map(Locality::provinceCode).contains("79");
        assertThat(resolve("Thừa Thiên Huế", BEFORE)).map(Locality::provinceName).contains("Thành phố Huế");
        assertThat(resolve("T. Bà Rịa Vũng Tàu", BEFORE)).map(Locality::currentProvinceName)
                .contains("Thành phố Hồ Chí Minh");
    }

    @Test
    void abbreviatedOldAddressesResolveToTheirDistrict() {
        Locality locality = resolve("Xóm 5, X. Tân Đức, H. Phú Bình, T. Thái Nguyên", BEFORE).orElseThrow();
        assertThat(locality).extracting(Locality::codeList, Locality::provinceCode, Locality::districtName,
                        Locality::communeName, Locality::currentProvinceName)
                .containsExactly("2008", "19", "Huyện Phú Bình", null, "Tỉnh Thái Nguyên");
        assertThat(resolve("số 12 đường Lê Lợi, P. Bến Thành, Q.1, TP.HCM", BEFORE).orElseThrow())
                .extracting(Locality::provinceCode, Locality::districtCode, Locality::districtName)
                .containsExactly("79", "760", "Quận 1");
        assertThat(resolve("tổ 3, phường Quang Trung, TX. Sơn Tây, Tp. Hà Nội", BEFORE).orElseThrow())
                .extracting(Locality::provinceCode, Locality::districtName).containsExactly("01", "Thị xã Sơn Tây");
    }

    @Test
    void addressesTypedWithoutDiacriticsOrWithMisreadMarksResolveAlike() {
        assertThat(resolve("xom 5, xa Tan Duc, huyen Phu Binh, tinh Thai Nguyen", BEFORE).orElseThrow())
                .extracting(Locality::provinceName, Locality::districtName)
                .containsExactly("Tỉnh Thái Nguyên", "Huyện Phú Bình");
        assertThat(resolve("xã Tân Đức, huyện Phù Bính, tính Thài Nguyên", BEFORE).orElseThrow())
                .extracting(Locality::provinceName, Locality::districtName)
                .containsExactly("Tỉnh Thái Nguyên", "Huyện Phú Bình");
        assertThat(resolve("Huyện Phú Quí, tỉnh Bình Thuận", BEFORE)).map(Locality::districtName).contains("Huyện Phú Quý");
        // OCR misreads the marker words too; where a part of the address starts they still count.
        assertThat(resolve("khu 3, phuờng Cao Xanh, thánh phố Hạ Lông, tình Quảng Ninh", BEFORE).orElseThrow())
                .extracting(Locality::provinceCode, Locality::districtName).containsExactly("22", "Thành phố Hạ Long");
        assertThat(resolve("XÓM 5, XÃ TÂN ĐỨC, HUYỆN PHÚ BÌNH, TỈNH THÁI NGUYÊN", BEFORE))
                .map(Locality::districtName).contains("Huyện Phú Bình");
        assertThat(resolve("số 8, P5, Q10, TPHCM", BEFORE).orElseThrow())
                .extracting(Locality::provinceCode, Locality::districtName).containsExactly("79", "Quận 10");
    }

    @Test
    void aDistrictNameOfSeveralProvincesIsResolvedByTheProvinceOrLeftUnresolved() {
        assertThat(resolve("ấp 3, xã Long Hưng, huyện Châu Thành, tỉnh Tiền Giang", BEFORE).orElseThrow())
                .extracting(Locality::provinceCode, Locality::districtName, Locality::currentProvinceName)
                .containsExactly("82", "Huyện Châu Thành", "Tỉnh Đồng Tháp");
        assertThat(resolve("Châu Thành, Bến Tre", BEFORE)).map(Locality::provinceCode).contains("83");
        assertThat(resolve("ấp 3, xã Long Hưng, huyện Châu Thành", BEFORE)).isEmpty();
        assertThat(resolve("huyện Sơn Tây, Quảng Ngãi", BEFORE).orElseThrow())
                .extracting(Locality::provinceCode, Locality::districtName).containsExactly("51", "Huyện Sơn Tây");
    }

    @Test
    void aCityOfAProvinceIsTheDistrictAndAProvinceNameAloneIsTheProvince() {
        assertThat(resolve("phường Hoàng Văn Thụ, TP Thái Nguyên", BEFORE).orElseThrow())
                .extracting(Locality::provinceCode, Locality::districtName)
                .containsExactly("19", "Thành phố Thái Nguyên");
        assertThat(resolve("Thái Nguyên", BEFORE).orElseThrow())
                .extracting(Locality::provinceName, Locality::districtName).containsExactly("Tỉnh Thái Nguyên", null);
        assertThat(resolve("huyện Quảng Ninh, Quảng Bình", BEFORE).orElseThrow())
                .extracting(Locality::provinceCode, Locality::districtName).containsExactly("44", "Huyện Quảng Ninh");
        assertThat(resolve("Hạ Long, Quảng Ninh", BEFORE).orElseThrow())
                .extracting(Locality::provinceCode, Locality::districtName).containsExactly("22", "Thành phố Hạ Long");
    }

    @Test
    void aNewStyleAddressAfterTheReorganisationIsReadInTheNewList() {
        Locality locality = resolve("xã Phú Bình, tỉnh Thái Nguyên", AFTER).orElseThrow();
        assertThat(locality).extracting(Locality::codeList, Locality::provinceCode, Locality::districtName)
                .containsExactly("2025", "19", null);
        // An old address written after the reorganisation keeps its district and old province.
        assertThat(resolve("xã Tân Đức, huyện Phú Bình, tỉnh Bắc Kạn", AFTER)).map(Locality::codeList).contains("2008");
        assertThat(resolve("thôn Nà Phặc, huyện Ngân Sơn, tỉnh Bắc Kạn", AFTER).orElseThrow())
                .extracting(Locality::codeList, Locality::provinceCode, Locality::currentProvinceCode)
                .containsExactly("2008", "06", "19");
    }

    @Test
    void theAddressOfALetterIsFoundInItsText() {
        String letter = """
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                ĐƠN KHIẾU NẠI
                Kính gửi: Ủy ban nhân dân tỉnh Thái Nguyên
                Tôi tên là Nguyễn Văn Hùng, sinh năm 1962.
                Thường trú tại: xóm Đồng Tâm, X. Tân Đức, H. Phú Bình, T. Thái Nguyên. Tôi làm đơn này khiếu nại
                quyết định thu hồi đất của UBND huyện.
                """;
        assertThat(AddressFinder.find(letter)).extracting(AddressFinder.AddressPhrase::text)
                .containsExactly("xóm Đồng Tâm, X. Tân Đức, H. Phú Bình, T. Thái Nguyên");
        assertThat(resolver.resolveLetter(letter, BEFORE).orElseThrow())
                .extracting(Locality::districtName, Locality::addressText)
                .containsExactly("Huyện Phú Bình", "xóm Đồng Tâm, X. Tân Đức, H. Phú Bình, T. Thái Nguyên");
        assertThat(AddressFinder.find("Toi ten la Tran Thi Mai, ngu tai ap Long Thanh, xa Long Hung\nNay toi lam don"))
                .extracting(AddressFinder.AddressPhrase::text).containsExactly("ap Long Thanh, xa Long Hung");
        assertThat(AddressFinder.find("Tôi là Lê Văn Tám, ở xóm 3 xã Hòa Tiến. Tôi ở với mẹ già."))
                .extracting(AddressFinder.AddressPhrase::text).containsExactly("xóm 3 xã Hòa Tiến");
    }

    @Test
    void textWithoutAPlaceIsNotResolved() {
        assertThat(resolve("số 12 đường Lê Lợi", BEFORE)).isEmpty();
        assertThat(resolve("", BEFORE)).isEmpty();
        assertThat(resolve(null, BEFORE)).isEmpty();
    }

    private Optional<Locality> resolve(String address, LocalDate date) {
        return resolver.resolve(address, date);
    }

    @Test
    void aMarkerSpoiledByOcrWhereAPartStartsIsStillAMarker() throws Exception {
        assertThat(resolve("tổ dân phố số 25, phường Phú Cường, tnh Bình Dương", BEFORE).orElseThrow())
                .extracting(Locality::provinceName).isEqualTo("Tỉnh Bình Dương");
        assertThat(resolve("thon 3, xa Tan Duc, huyn Phu Binh, tinh Thai Nguyen", BEFORE).orElseThrow())
                .extracting(Locality::districtName).isEqualTo("Huyện Phú Bình");
        AddressResolver official = new AddressResolver(Gazetteer.shipped().with(Gazetteer.load(ReferenceUnits.pre2025())));
        assertThat(official.resolve("xóm Đồng Tâm, X ã Tân Đức, huy ện Phú Bình, tỉnh Thái Nguyên", BEFORE).orElseThrow())
                .extracting(Locality::districtName, Locality::communeName)
                .containsExactly("Huyện Phú Bình", "Xã Tân Đức");
        // A name is not a spoiled marker: "Uyên Hưng" is not "huyện Hưng".
        assertThat(official.resolve("khu phố 3, Uyên Hưng, Tân Uyên, Bình Dương", BEFORE).orElseThrow())
                .extracting(Locality::provinceName).isEqualTo("Tỉnh Bình Dương");
    }

    @Test
    void aCommuneNameWithOneLetterMisreadIsReadWithinItsDistrict() throws Exception {
        AddressResolver official = new AddressResolver(Gazetteer.shipped().with(Gazetteer.load(ReferenceUnits.pre2025())));
        assertThat(official.resolve("xóm Đồng Tâm, xã Tâm Đức, huyện Phú Bình, tỉnh Thái Nguyên", BEFORE).orElseThrow())
                .extracting(Locality::districtName, Locality::communeName)
                .containsExactly("Huyện Phú Bình", "Xã Tân Đức");
        assertThat(official.resolve("xom Dong Tam, xa Tan Ducc, huyen Phu Binh, tinh Thai Nguyen", BEFORE).orElseThrow())
                .extracting(Locality::communeName).isEqualTo("Xã Tân Đức");
        assertThat(official.resolve("thôn 3, thị trấn Hương S Sơn, huyện Phú Bình, tỉnh Thái Nguyên", BEFORE).orElseThrow())
                .extracting(Locality::communeName).isEqualTo("Thị trấn Hương Sơn");
        // Two letters away is another name, not a slip.
        assertThat(official.resolve("xóm Đồng Tâm, xã Lâm Đúc, huyện Phú Bình, tỉnh Thái Nguyên", BEFORE).orElseThrow())
                .extracting(Locality::districtName, Locality::communeName)
                .containsExactly("Huyện Phú Bình", null);
    }
}
