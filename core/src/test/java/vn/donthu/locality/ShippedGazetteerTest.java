package vn.donthu.locality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.donthu.analysis.orthography.ToneMarkPlacement;

/** The shipped gazetteer, checked against the official lists of ../shared/reference/admin-units. */
class ShippedGazetteerTest {

    private final Gazetteer shipped = Gazetteer.shipped();

    @Test
    void theSixtyThreeProvincesHaveTheirOfficialCodesNamesAndKinds() throws IOException {
        Map<String, String> official = new HashMap<>();
        for (JsonNode province : ReferenceUnits.read(ReferenceUnits.pre2025())) {
            official.put(province.get("Code").asText(), spelling(province.get("FullName").asText()));
        }
        Map<String, String> ours = shipped.provinces(CodeList.V2008).stream()
                .collect(Collectors.toMap(AdminUnit::code, p -> spelling(p.fullName())));
        assertThat(ours).hasSize(63).isEqualTo(official);
    }

    @Test
    void theThirtyFourProvincesHaveTheirOfficialCodesAndNames() throws IOException {
        Map<String, String> official = new HashMap<>();
        for (JsonNode province : ReferenceUnits.read(ReferenceUnits.post2025())) {
            official.put(province.get("Code").asText(), spelling(province.get("Name").asText()));
        }
        // Names without their kind: a province may become a city directly under the central government.
        Map<String, String> ours = shipped.provinces(CodeList.V2025).stream()
                .collect(Collectors.toMap(AdminUnit::code, p -> spelling(p.name())));
        assertThat(ours).hasSize(34).isEqualTo(official);
    }

    @Test
    void everyOldProvinceIsMergedIntoTheNewOneOfTheOfficialTable() throws IOException {
        List<String> lines = Files.readAllLines(ReferenceUnits.merger());
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int newCode = header.indexOf("new_code");
        int oldCodes = header.indexOf("old_codes_pre2025");
        Map<String, String> official = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            for (String oldCode : cells[oldCodes].split(";")) {
                official.put(oldCode, cells[newCode]);
            }
        }
        assertThat(shipped.mergers()).hasSize(63).isEqualTo(official);
    }

    @Test
    void codesAreReusedAcrossListsSoAProvinceIsFoundOnlyWithItsList() {
        assertThat(shipped.province(CodeList.V2008, "24").orElseThrow().fullName()).isEqualTo("Tỉnh Bắc Giang");
        AdminUnit bacNinh = shipped.province(CodeList.V2025, "24").orElseThrow();
        assertThat(bacNinh.fullName()).isEqualTo("Tỉnh Bắc Ninh");
        assertThat(shipped.formerProvincesOf(bacNinh)).extracting(AdminUnit::fullName)
                .containsExactlyInAnyOrder("Tỉnh Bắc Giang", "Tỉnh Bắc Ninh");
        AdminUnit oldBacNinh = shipped.province(CodeList.V2008, "27").orElseThrow();
        assertThat(shipped.currentProvinceOf(oldBacNinh)).contains(bacNinh);
    }

    @Test
    void mostOfficialDistrictsAreShippedUnderTheirProvinceAndEveryShippedCodeIsTheOfficialOne() throws IOException {
        int official = 0;
        int found = 0;
        int sameKind = 0;
        int codesChecked = 0;
        List<String> missing = new java.util.ArrayList<>();
        for (JsonNode province : ReferenceUnits.read(ReferenceUnits.pre2025())) {
            AdminUnit ours = shipped.province(CodeList.V2008, province.get("Code").asText()).orElseThrow();
            for (JsonNode district : province.get("District")) {
                official++;
                String fullName = PlaceNames.nfc(district.get("FullName").asText());
                UnitKind kind = UnitKind.ofFullName(Level.DISTRICT, fullName).orElseThrow();
                String name = fullName.substring(kind.prefix().length()).trim();
                List<AdminUnit> matches = shipped.districtsOf(ours).stream()
                        .filter(d -> PlaceNames.key(d.name()).equals(PlaceNames.key(name))).toList();
                if (matches.isEmpty()) {
                    missing.add(fullName + " (" + ours.fullName() + ")");
                    continue;
                }
                found++;
                AdminUnit match = matches.stream().filter(d -> d.kind() == kind).findFirst().orElse(matches.get(0));
                if (match.kind() == kind) {
                    sameKind++;
                }
                if (match.code() != null) {
                    codesChecked++;
                    assertThat(match.code()).as("code of %s", match).isEqualTo(district.get("Code").asText());
                }
            }
        }
        double coverage = (double) found / official;
        System.out.printf("shipped districts: %d of %d official districts found by name within their province (%.3f),"
                        + " %d of the same kind, %d codes checked; missing: %s%n",
                found, official, coverage, sameKind, codesChecked, missing);
        assertThat(coverage).isGreaterThanOrEqualTo(0.97);
    }

    /** One spelling for comparison: NFC, tone marks placed one way ("Hoá" and "Hóa" are one name). */
    static String spelling(String name) {
        return Arrays.stream(Normalizer.normalize(name.trim(), Normalizer.Form.NFC).split(" +"))
                .map(ToneMarkPlacement::canonical)
                .collect(Collectors.joining(" "));
    }
}
