package vn.donthu.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.donthu.letter.LetterDetails.Locality;

/** Addresses in letters as OCR gives them back: lines wrapped at the page's edge, dashes above U+2000. */
class AddressFinderTest {

    private static final LocalDate BEFORE = LocalDate.of(2021, 3, 12);

    private final AddressResolver resolver = new AddressResolver(Gazetteer.shipped());

    private static String firstAddress(String letter) {
        return AddressFinder.find(letter).get(0).text();
    }

    @Test
    void anAddressWrappedInsideAProvinceNameIsReadWhole() {
        String letter = """
                Tôi là Trần Văn Bảy, sinh năm 1971, địa chỉ: ấp Hòa Bình, xã Tham Đôn, huyện Mỹ Xuyên, tỉnh
                Sóc Trăng. Tôi làm đơn này khiếu nại Quyết định số 12/QĐ-UBND.
                """;
        assertThat(firstAddress(letter)).isEqualTo("ấp Hòa Bình, xã Tham Đôn, huyện Mỹ Xuyên, tỉnh Sóc Trăng");
        assertThat(firstAddress("dia chi: to dan pho so 14, phuong Tan Dinh, quan 1, thanh pho Ho\nChi Minh. Toi lam don"))
                .isEqualTo("to dan pho so 14, phuong Tan Dinh, quan 1, thanh pho Ho Chi Minh");
        assertThat(firstAddress("Trú tại: xóm Trung, xã Việt Hùng, huyện Đông Anh,\nthành phố Hà Nội.\n"))
                .isEqualTo("xóm Trung, xã Việt Hùng, huyện Đông Anh, thành phố Hà Nội");
    }

    @Test
    void theWrappedProvinceIsResolved() {
        String letter = "Tôi tên là Nguyễn Văn Hùng, trú tại xóm Đồng Tâm, xã Tân Đức, huyện Phú Bình, tỉnh Thái\nNguyên.\n";
        assertThat(resolver.resolveLetter(letter, BEFORE).orElseThrow())
                .extracting(Locality::provinceName, Locality::districtName)
                .containsExactly("Tỉnh Thái Nguyên", "Huyện Phú Bình");
    }

    @Test
    void aCommaOrSpaceMisreadAsPunctuationDoesNotCutTheAddress() {
        assertThat(firstAddress("-_ Trú tại: ấp Nam; xã Hàm Ninh, thành phố Phú Quốc, tỉnh Kiên Giang.\n"))
                .isEqualTo("ấp Nam; xã Hàm Ninh, thành phố Phú Quốc, tỉnh Kiên Giang");
        assertThat(firstAddress("Tru tai: khu pho.3,: phuong 1, thanh pho My Tho, tinh Tien Giang.. Toi lam don"))
                .isEqualTo("khu pho.3,: phuong 1, thanh pho My Tho, tinh Tien Giang");
        // A semicolon before something else still ends it.
        assertThat(firstAddress("Địa chỉ: xóm 6, xã Duy Trung; điện thoại 0912 345 678"))
                .isEqualTo("xóm 6, xã Duy Trung");
    }

    @Test
    void aLineThatEndsTheAddressIsNotJoinedToTheNext() {
        assertThat(firstAddress("Toi ten la Tran Thi Mai, ngu tai ap Long Thanh, xa Long Thanh\nNay toi lam don"))
                .isEqualTo("ap Long Thanh, xa Long Thanh");
        assertThat(firstAddress("Địa chỉ: thôn Hạ, xã Duy Trung, huyện Duy Xuyên,\nĐiện thoại: 0912 345 678"))
                .isEqualTo("thôn Hạ, xã Duy Trung, huyện Duy Xuyên,");
        assertThat(firstAddress("Địa chỉ: xóm 6, xã Duy Trung, tỉnh\n2. Đề nghị giữ bí mật họ tên"))
                .isEqualTo("xóm 6, xã Duy Trung, tỉnh");
    }

    @Test
    void anEnDashInTheMottoKeepsOffsetsAligned() {
        String letter = """
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập – Tự do – Hạnh phúc
                Tôi là Lê Văn Tám, thường trú tại: xóm 3, xã Hòa Tiến, huyện Hòa Vang. Tôi ở với mẹ già.
                """;
        AddressFinder.AddressPhrase phrase = AddressFinder.find(letter).get(0);
        assertThat(phrase.text()).isEqualTo("xóm 3, xã Hòa Tiến, huyện Hòa Vang");
        assertThat(letter.substring(phrase.start(), phrase.end())).isEqualTo(phrase.text());
    }
}
