package vn.donthu.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.locality.AdminUnit;
import vn.donthu.locality.CodeList;
import vn.donthu.locality.Gazetteer;

/** The authored places agree with the gazetteer, and take its codes. */
class GazetteerPlacesTest {

    private static final Path REFERENCE = Path.of("../../shared/reference/admin-units/units-pre2025.json");

    @Test
    void everyAuthoredProvinceIsTheGazetteersProvinceOfThatCodeInBothLists() {
        Gazetteer gazetteer = Gazetteer.shipped();
        for (Place p : new AuthoredPlaces().places()) {
            AdminUnit old = gazetteer.province(CodeList.V2008, p.oldProvince().code()).orElseThrow();
            AdminUnit current = gazetteer.province(CodeList.V2025, p.newProvince().code()).orElseThrow();
            // Thừa Thiên Huế became Thành phố Huế in January 2025; the gazetteer keeps the old name as an alias.
            assertThat(java.util.stream.Stream.concat(java.util.stream.Stream.of(old.name()), old.aliases().stream())
                    .map(GazetteerPlacesTest::fold)).as(p.toString()).contains(fold(p.oldProvince().name()));
            assertThat(fold(current.name())).as(p.toString()).isEqualTo(fold(p.newProvince().name()));
            assertThat(gazetteer.currentProvinceOf(old)).contains(current);
            assertThat(gazetteer.districtsOf(old)).as(p.toString())
                    .anyMatch(d -> fold(d.name()).equals(fold(p.district().name())));
        }
    }

    @Test
    void lettersCarryTheDistrictCodesTheGazetteerKnows() {
        GazetteerPlaces places = new GazetteerPlaces(Gazetteer.shipped());
        assertThat(places.places()).anySatisfy(p -> {
            assertThat(p.district().name()).isEqualTo("Hòa Vang");
            assertThat(p.district().code()).isEqualTo("497");
        });
        assertThat(new CorpusGenerator(42).generate(500)).anySatisfy(l -> {
            assertThat(l.details().locality().districtName()).isEqualTo("Hòa Vang");
            assertThat(l.details().locality().districtCode()).isEqualTo("497");
        });
    }

    @Test
    void aFullOfficialListAddsItsCommunes() throws Exception {
        assumeTrue(Files.isReadable(REFERENCE), "reference list absent: " + REFERENCE.toAbsolutePath());
        Gazetteer full = Gazetteer.shipped().with(Gazetteer.load(REFERENCE));

        GazetteerPlaces places = new GazetteerPlaces(full);

        int authored = new AuthoredPlaces().places().size();
        assertThat(places.places()).hasSizeGreaterThan(2 * authored);
        assertThat(places.places().subList(authored, places.places().size()))
                .allSatisfy(p -> assertThat(p.commune().code()).isNotNull());
    }

    private static String fold(String name) {
        return VietnameseFolder.fold(name).toLowerCase(Locale.ROOT);
    }
}
