package vn.donthu.api.matter;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.donthu.api.access.Reader;
import vn.donthu.api.search.LetterFilters;
import vn.donthu.api.search.LetterQuery;

/** Matters (vụ việc): search, detail with timeline, similar matters. For INSPECTOR and LEADER (no text for LEADER). */
@RestController
@RequestMapping("/api/matters")
@Validated
class MatterController {

    static final int MAX_RESULT_WINDOW = 10_000;
    static final int MAX_PAGE_SIZE = 100;

    private final MatterSearch search;
    private final MatterTimeline timeline;
    private final SimilarMatters similar;

    MatterController(MatterSearch search, MatterTimeline timeline, SimilarMatters similar) {
        this.search = search;
        this.timeline = timeline;
        this.similar = similar;
    }

    @Operation(summary = "Search matters",
            description = "q (optional) is matched on the matters' letters with the language of letter search (words, \"phrases\", "
                    + "-exclusions, OR), over the text each reader may search; filters, facets (counts of matters), sort "
                    + "(relevance, last_letter, letter_count) and paging then apply to the matters.")
    @GetMapping
    MatterSearchResult search(
            @RequestParam(required = false) String q,
            @ParameterObject MatterFilters filters,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_RESULT_WINDOW / 10) int page,
            @RequestParam(defaultValue = "10") @Min(1) @Max(MAX_PAGE_SIZE) int size,
            @RequestParam(defaultValue = "false") boolean facets,
            Reader reader) {
        if ((long) (page + 1) * size > MAX_RESULT_WINDOW) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " reaches past the first "
                    + MAX_RESULT_WINDOW + " matters; narrow the search");
        }
        LetterQuery words = LetterQuery.counting(q, LetterFilters.none(), reader);
        return search.search(words, filters, MatterSort.parse(sort, !words.parsed().isEmpty()), page, size, facets);
    }

    @Operation(summary = "One matter with its deadlines and timeline",
            description = "Each letter of the timeline with a short excerpt of the text the reader may see of it; no excerpt for LEADER.")
    @GetMapping("/{id}")
    MatterDetail detail(@PathVariable String id, Reader reader) {
        return timeline.detail(id, reader);
    }

    @Operation(summary = "Matters like this one",
            description = "More-like-this over the matters' letters (masked text unless the reader may see identities), "
                    + "boosted for the same commune or province; with the score and why.")
    @GetMapping("/{id}/similar")
    List<SimilarMatter> similar(@PathVariable String id, Reader reader) {
        return similar.like(id, reader);
    }
}
