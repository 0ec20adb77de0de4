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
    void textWithoutAPlaceIsNotResolved() {
        assertThat(resolve("số 12 đường Lê Lợi", BEFORE)).isEmpty();
        assertThat(resolve("", BEFORE)).isEmpty();
    }

    private Optional<Locality> resolve(String address, LocalDate date) {
        return resolver.resolve(address, date);
    }
}
