package vn.donthu.api.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/letters")
@Validated
class LetterSearchController {

    static final int MAX_QUERY_CHARS = 500;
    /** Deeper than this needs point-in-time paging, not from/size. */
    static final int MAX_RESULT_WINDOW = 10_000;

    private final LetterSearch search;

    LetterSearchController(LetterSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    LetterSearchResult search(
            @RequestParam @NotBlank @Size(max = MAX_QUERY_CHARS) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_RESULT_WINDOW / 10) int page,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int size) {
        if ((long) (page + 1) * size > MAX_RESULT_WINDOW) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " reaches past the first "
                    + MAX_RESULT_WINDOW + " results; narrow the query");
        }
        return search.search(q.strip(), page, size);
    }
}
