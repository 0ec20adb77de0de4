package vn.donthu.api.matter;

import java.util.List;

/**
 * A page of matters. {@code total} is exact; {@code capped} says that the words typed matched letters
 * of more than {@value MatchingMatters#MAX_MATTERS} matters and only the best of them were kept.
 */
public record MatterSearchResult(String query, long total, int page, int size, boolean capped, List<MatterHit> hits,
                                 MatterFacets facets) {
}
