package vn.donthu.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;

/**
 * Locality as a filter, for letters and matters alike (their locality objects have the same fields):
 * {@code province} is a province of the 34 in force since 2025-07-01 and also finds what was
 * addressed with the old provinces merged into it ({@code current_province_code});
 * {@code province2008} and {@code district} are units of the 63-province list; {@code commune} is a
 * commune code of the list named by {@code codeList} (2008 or 2025, since codes were reused).
 */
public record LocalityFilter(String province, String province2008, String district, String commune, String codeList) {

    /** The filter queries on the locality object at {@code prefix} ("details.locality."); a contradictory choice is refused. */
    public void addTo(List<Query> filters, String prefix) {
        if (commune != null && codeList == null) {
            throw new IllegalArgumentException("a commune code needs 'code_list' (2008 or 2025): the 2025 list reused codes");
        }
        if (codeList != null && !codeList.equals("2008") && !codeList.equals("2025")) {
            throw new IllegalArgumentException("'code_list' is 2008 or 2025, not '" + codeList + "'");
        }
        FilterQueries.term(filters, prefix + "current_province_code", province);
        if (province2008 != null || district != null) {
            FilterQueries.term(filters, prefix + "code_list", "2008");
        }
        FilterQueries.term(filters, prefix + "province_code", province2008);
        FilterQueries.term(filters, prefix + "district_code", district);
        if (commune != null) {
            FilterQueries.term(filters, prefix + "code_list", codeList);
            FilterQueries.term(filters, prefix + "commune_code", commune);
        }
    }

    public void describeTo(List<String> applied) {
        FilterQueries.note(applied, "province", province);
        FilterQueries.note(applied, "province_2008", province2008);
        FilterQueries.note(applied, "district", district);
        FilterQueries.note(applied, "commune", commune);
        FilterQueries.note(applied, "code_list", codeList);
    }
}
