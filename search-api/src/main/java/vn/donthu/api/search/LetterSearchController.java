package vn.donthu.api.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.donthu.api.access.Reader;

@RestController
@RequestMapping("/api/letters")
@Validated
class LetterSearchController {

    static final int MAX_QUERY_CHARS = LetterQuery.MAX_QUERY_CHARS;
    /** Deeper than this needs the cursor (point in time), not page numbers. */
    static final int MAX_RESULT_WINDOW = 10_000;
    static final int MAX_PAGE_SIZE = 100;

    private final LetterSearch search;

    LetterSearchController(LetterSearch search) {
        this.search = search;
    }

    /**
     * Letters matching {@code q} within the filters. Pages by number ({@code page}) up to the first
     * 10,000 results, or by {@code cursor} ("start", then each answer's {@code next_cursor}) as deep as needed.
     */
    @GetMapping("/search")
    LetterSearchResult search(
            @RequestParam(required = false) String q,
            @ParameterObject LetterFilters filters,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_RESULT_WINDOW / 10) int page,
            @RequestParam(defaultValue = "10") @Min(1) @Max(MAX_PAGE_SIZE) int size,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "false") boolean facets,
            Reader reader) {
        LetterQuery query = LetterQuery.of(q, filters, reader);
        LetterSort order = LetterSort.parse(sort);
        if (cursor != null) {
            return search.continued(query, order, cursor, size, facets);
        }
        if ((long) (page + 1) * size > MAX_RESULT_WINDOW) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " reaches past the first "
                    + MAX_RESULT_WINDOW + " results; walk deeper with cursor=start");
        }
        return search.page(query, order, page, size, facets);
    }

    /** Counts of the matching letters by kind, subject, locality, year and flag; for LEADER as well as INSPECTOR. */
    @GetMapping("/facets")
    Facets facets(@RequestParam(required = false) String q, @ParameterObject LetterFilters filters, Reader reader) {
        return search.facets(LetterQuery.counting(q, filters, reader));
    }
}
