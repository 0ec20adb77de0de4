package vn.donthu.api.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How the letters matching a search divide up, for the filter panel and for leaders' counts. Only
 * codes, names of administrative units and counts: nothing here identifies a person.
 *
 * @param province     the 34 provinces in force since 2025, old provinces counted in the one they merged into
 * @param locality2008 province → district → commune of letters addressed with the 63-province list
 * @param locality2025 province → commune of letters addressed with the 2025 list
 * @param matterFlag   letters by their matter's flags (prolonged, overdue, escalated, crowded)
 * @param matterStatus letters by their matter's status
 */
public record Facets(List<FacetCount> kind, List<FacetCount> subjectField, List<FacetCount> recipientLevel,
                     List<FacetCount> province, @JsonProperty("locality_2008") List<FacetCount> locality2008,
                     @JsonProperty("locality_2025") List<FacetCount> locality2025,
                     List<FacetCount> letterYear, long crowded, long overLevel,
                     List<FacetCount> matterFlag, List<FacetCount> matterStatus) {

    /** One value (a code), its readable name where there is one, its count, and the units below it. */
    public record FacetCount(String value, String label, long count, List<FacetCount> children) {
    }
}
