package vn.donthu.api.search;

import java.util.List;

/** A page of letters matching a query. {@code total} is exact. */
public record LetterSearchResult(String query, long total, int page, int size, List<LetterHit> hits) {
}
