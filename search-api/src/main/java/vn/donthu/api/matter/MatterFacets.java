package vn.donthu.api.matter;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import vn.donthu.api.search.Facets.FacetCount;

/**
 * How the matching matters divide up: counts of matters (not letters), by codes and names of
 * administrative units only.
 *
 * @param flag the matters with each flag set
 */
public record MatterFacets(List<FacetCount> status, List<FacetCount> flag, List<FacetCount> kind, List<FacetCount> subjectField,
                           List<FacetCount> highestLevel, List<FacetCount> province,
                           @JsonProperty("locality_2008") List<FacetCount> locality2008,
                           @JsonProperty("locality_2025") List<FacetCount> locality2025) {
}
