package vn.donthu.api.search.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.donthu.api.access.Reader;
import vn.donthu.api.search.LetterFilters;
import vn.donthu.api.search.LetterQuery;
import vn.donthu.api.search.LetterSort;
import vn.donthu.letter.LetterKind;

/**
 * One search an inspector typically runs, with the facet panel: as the API's query string and as the
 * {@link LetterQuery} the API makes of it, from the same fields so that both paths ask the same.
 */
record TypicalSearch(String q, LetterKind kind, String province, LocalDate from, LocalDate to, Boolean crowded, String sort) {

    static final int PAGE_SIZE = 10;

    /** The fixed mix: words typed without diacritics, phrases, abbreviations, filters, date ranges, newest first. */
    static final List<TypicalSearch> MIX = List.of(
            new TypicalSearch("khieu nai dat dai", null, null, null, null, null, "relevance"),
            new TypicalSearch("\"thu hồi đất\"", null, null, null, null, null, "relevance"),
            new TypicalSearch("UBND xa boi thuong", null, null, null, null, null, "relevance"),
            new TypicalSearch("to cao can bo", LetterKind.TO_CAO, null, null, null, null, "newest"),
            new TypicalSearch("giai phong mat bang", null, "01", null, null, null, "relevance"),
            new TypicalSearch("tranh chấp ranh giới", null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), null, "relevance"),
            new TypicalSearch(null, LetterKind.KHIEU_NAI, "79", null, null, null, "newest"),
            new TypicalSearch("cấp giấy chứng nhận quyền sử dụng đất", null, null, null, null, null, "relevance"),
            new TypicalSearch("don dong nguoi", null, null, null, null, true, "newest"),
            new TypicalSearch("\"chế độ chính sách\" OR tro cap", LetterKind.KIEN_NGHI, null, LocalDate.of(2020, 1, 1), null, null, "relevance"));

    /** The path and query string of {@code GET /api/letters/search}, first page with facets. */
    String url() {
        List<String> params = new ArrayList<>();
        add(params, "q", q);
        add(params, "kind", kind);
        add(params, "province", province);
        add(params, "letter_date_from", from);
        add(params, "letter_date_to", to);
        add(params, "crowded", crowded);
        add(params, "sort", sort);
        params.add("size=" + PAGE_SIZE);
        params.add("facets=true");
        return "/api/letters/search?" + String.join("&", params);
    }

    LetterQuery query(Reader reader) {
        return LetterQuery.of(q, new LetterFilters(kind == null ? null : List.of(kind), null, province, null, null, null, null,
                from, to, null, null, null, crowded, null, null, null, null), reader);
    }

    LetterSort order() {
        return LetterSort.parse(sort);
    }

    private static void add(List<String> params, String name, Object value) {
        if (value != null) {
            params.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
