package vn.donthu.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.locality.AdminUnit;
import vn.donthu.locality.CodeList;
import vn.donthu.locality.Gazetteer;
import vn.donthu.testing.SharedReference;

/** The authored places agree with the gazetteer, and take its codes. */
class GazetteerPlacesTest {


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
    void everyAuthoredCommuneIsInTheOfficialListsBeforeAndAfter2025() throws Exception {
        Gazetteer full = Gazetteer.shipped().with(Gazetteer.load(SharedReference.file("admin-units/units-pre2025.json")))
                .with(Gazetteer.load(SharedReference.file("admin-units/units-post2025.json")));

        List<Place> places = new GazetteerPlaces(full).places().subList(0, new AuthoredPlaces().places().size());

        assertThat(places).allSatisfy(p -> {
            assertThat(p.commune().code()).as(p.toString()).isNotNull();
            if (p.newCommune() != null) {
                assertThat(p.newCommune().code()).as(p.toString()).isNotNull();
            }
        });
    }

    @Test
    void aFullOfficialListAddsItsCommunes() throws Exception {
        Gazetteer full = Gazetteer.shipped().with(Gazetteer.load(SharedReference.file("admin-units/units-pre2025.json")));

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
