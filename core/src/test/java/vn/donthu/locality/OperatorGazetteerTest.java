package vn.donthu.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.donthu.config.Settings;
import vn.donthu.letter.LetterDetails.Locality;

/** Official lists loaded by the operator: the reference JSON of both lists, and the documented TSV format. */
class OperatorGazetteerTest {

    private static final LocalDate BEFORE = LocalDate.of(2019, 5, 20);
    private static final LocalDate AFTER = LocalDate.of(2026, 1, 15);

    private static Gazetteer installed;
    private static AddressResolver resolver;

    @BeforeAll
    static void loadTheOfficialLists() throws IOException {
        installed = Gazetteer.load(ReferenceUnits.pre2025())
                .with(Gazetteer.load(ReferenceUnits.post2025()));
        resolver = new AddressResolver(installed);
    }

    @Test
    void communesOfTheOldListAreResolvedWithTheirOfficialCodes() {
        Locality locality = resolver.resolve("Xóm 5, X. Tân Đức, H. Phú Bình, T. Thái Nguyên", BEFORE).orElseThrow();
        assertThat(locality).extracting(Locality::districtCode, Locality::districtName, Locality::communeCode,
                        Locality::communeName)
                .containsExactly("173", "Huyện Phú Bình", "05947", "Xã Tân Đức");
        assertThat(resolver.resolve("xa tan duc, huyen phu binh", BEFORE)).map(Locality::communeCode).contains("05947");
    }

    @Test
    void aCommuneNamedInOnlyOneDistrictResolvesAnAmbiguousDistrict() {
        assertThat(resolver.resolve("ấp 3, xã Long Hưng, huyện Châu Thành", BEFORE).orElseThrow())
                .extracting(Locality::provinceName, Locality::districtName, Locality::communeName)
                .containsExactly("Tỉnh Tiền Giang", "Huyện Châu Thành", "Xã Long Hưng");
        // Xã Tân Đức is in three provinces: nothing is guessed.
        assertThat(resolver.resolve("xã Tân Đức", BEFORE)).isEmpty();
    }

    @Test
    void communesOfTheNewListAreResolvedDirectlyUnderTheProvince() {
        assertThat(resolver.resolve("phường Bến Thành, Thành phố Hồ Chí Minh", AFTER).orElseThrow())
                .extracting(Locality::codeList, Locality::communeCode, Locality::communeName, Locality::districtName)
                .containsExactly("2025", "26743", "Phường Bến Thành", null);
        assertThat(resolver.resolve("Đặc khu Phú Quốc, tỉnh An Giang", AFTER).orElseThrow())
                .extracting(Locality::provinceCode, Locality::communeName).containsExactly("91", "Đặc khu Phú Quốc");
    }

    @Test
    void theOfficialListGivesTheShippedDistrictsTheirCodesWithoutRepeatingThem() {
        AdminUnit thaiNguyen = installed.province(CodeList.V2008, "19").orElseThrow();
        assertThat(installed.districtsOf(thaiNguyen)).hasSize(9).allSatisfy(d -> assertThat(d.code()).isNotNull());
        assertThat(installed.provinces(CodeList.V2008)).hasSize(63);
        assertThat(installed.provinces(CodeList.V2025)).hasSize(34);
        assertThat(installed.communesOf(installed.province(CodeList.V2025, "19").orElseThrow())).hasSize(92);
    }

    @Test
    void aFileInTheDocumentedFormatIsInstalledThroughTheSetting(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gazetteer.tsv");
        Files.writeString(file, """
                # communes of Phú Bình, from the provincial statistics office
                code_list\tlevel\tcode\tname\tprovince\tdistrict\taliases
                2008\tdistrict\t173\tHuyện Phú Bình\t19\t\t
                2008\tcommune\t05947\tXã Tân Đức\t19\t173\t
                2008\tcommune\t\tThị trấn Hương Sơn\t19\tPhú Bình\tHương Sơn
                """);
        Gazetteer gazetteer = Gazetteer.installed(Settings.of(name -> null, Map.of("DONTHU_GAZETTEER_FILE", file.toString())));
        Locality locality = new AddressResolver(gazetteer).resolve("TT. Hương Sơn, huyện Phú Bình", BEFORE).orElseThrow();
        assertThat(locality).extracting(Locality::districtCode, Locality::communeName)
                .containsExactly("173", "Thị trấn Hương Sơn");
        assertThat(gazetteer.provinces(CodeList.V2008)).hasSize(63);
    }

    @Test
    void aBadLineIsRefusedWithItsLineNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "code_list\tlevel\tcode\tname\tprovince\tdistrict\taliases\n"
                + "2008\tcommune\t05947\tXã Tân Đức\t19\tHuyện Không Có\t\n");
        assertThatThrownBy(() -> Gazetteer.load(file)).hasMessageContaining("bad.tsv:2")
                .hasMessageContaining("no district 'Huyện Không Có' in province 19");
        Files.writeString(file, "code_list\tlevel\tcode\tname\tprovince\tdistrict\taliases\n"
                + "2008\tprovince\t19\tThái Nguyên\t\t\t\n");
        assertThatThrownBy(() -> Gazetteer.load(file)).hasMessageContaining("bad.tsv:2")
                .hasMessageContaining("does not start with the kind");
        Files.writeString(file, "code\tname\n19\tTỉnh Thái Nguyên\n");
        assertThatThrownBy(() -> Gazetteer.load(file)).hasMessageContaining("bad.tsv:1: expected the header line");
    }
}
