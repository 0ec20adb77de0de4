package vn.donthu.api.export;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.donthu.api.access.Reader;
import vn.donthu.api.search.LetterFilters;
import vn.donthu.api.search.LetterQuery;
import vn.donthu.api.search.LetterSearch;
import vn.donthu.api.search.LetterSort;

/**
 * A result list as CSV or XLSX, streamed batch by batch and capped ({@code donthu.limits.export-rows}).
 * Each batch is written to the audit trail before it is sent.
 */
@RestController
@RequestMapping("/api/letters")
@Validated
class LetterExportController {

    private final LetterSearch search;
    private final int cap;

    LetterExportController(LetterSearch search, @Value("${donthu.limits.export-rows:10000}") int cap) {
        this.search = search;
        this.cap = cap;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, @ParameterObject LetterFilters filters,
                @RequestParam(defaultValue = "csv") String format,
                @RequestParam(defaultValue = "relevance") String sort,
                @RequestParam(required = false) @Min(1) Integer max,
                Reader reader, HttpServletResponse response) throws IOException {
        LetterQuery query = LetterQuery.of(q, filters, reader);
        LetterSort order = LetterSort.parse(sort);
        if (max != null && max > cap) {
            throw new IllegalArgumentException("an export holds at most " + cap + " letters, not " + max + "; narrow the search");
        }
        boolean xlsx = switch (format) {
            case "csv" -> false;
            case "xlsx" -> true;
            default -> throw new IllegalArgumentException("'format' is csv or xlsx, not '" + format + "'");
        };
        String name = "donthu-letters-" + LocalDate.now() + (xlsx ? ".xlsx" : ".csv");
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        OutputStream out = response.getOutputStream();
        try (ResultSheet sheet = xlsx ? new XlsxSheet(out) : new CsvSheet(out)) {
            sheet.row(ExportRows.HEADER);
            search.export(query, order, max == null ? cap : max, hit -> {
                try {
                    sheet.row(ExportRows.of(hit));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
