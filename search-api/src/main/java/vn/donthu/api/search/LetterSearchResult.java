package vn.donthu.api.search;

import java.util.List;

/**
 * A page of letters matching a query. {@code total} is exact. {@code nextCursor} continues the list
 * (null on the last page, and when paging by {@code page}); {@code facets} when asked for.
 */
public record LetterSearchResult(String query, long total, int page, int size, List<LetterHit> hits, Facets facets,
                                 String nextCursor) {
}
