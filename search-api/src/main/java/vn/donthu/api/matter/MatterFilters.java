package vn.donthu.api.matter;

import static vn.donthu.api.search.FilterQueries.note;
import static vn.donthu.api.search.FilterQueries.range;
import static vn.donthu.api.search.FilterQueries.term;
import static vn.donthu.api.search.FilterQueries.terms;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.BindParam;
import vn.donthu.api.search.LocalityFilter;
import vn.donthu.matter.MatterFlag;
import vn.donthu.letter.LetterKind;
import vn.donthu.matter.MatterStatus;

/**
 * What a matter search is narrowed to. Locality works as in letter search ({@link LocalityFilter}:
 * a province of the 34 also finds matters placed with the old provinces merged into it); the dates
 * are those of the matter's first and last letters.
 */
public record MatterFilters(
        @Parameter(description = "prolonged, overdue, escalated, crowded (repeatable: all must be set)") List<String> flag,
        @Parameter(description = "OPEN or OVERDUE") MatterStatus status,
        @Parameter(description = "any of the kinds its letters were (repeatable)") List<LetterKind> kind,
        @BindParam("subject_field") @Parameter(name = "subject_field") List<String> subjectField,
        String province,
        @BindParam("province_2008") @Parameter(name = "province_2008") String province2008,
        String district,
        String commune,
        @BindParam("code_list") @Parameter(name = "code_list") String codeList,
        @BindParam("first_date_from") @Parameter(name = "first_date_from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDateFrom,
        @BindParam("first_date_to") @Parameter(name = "first_date_to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDateTo,
        @BindParam("last_date_from") @Parameter(name = "last_date_from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDateFrom,
        @BindParam("last_date_to") @Parameter(name = "last_date_to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDateTo) {

    public MatterFilters {
        flag = flag == null ? List.of() : List.copyOf(flag);
        kind = kind == null ? List.of() : List.copyOf(kind);
        subjectField = subjectField == null ? List.of() : List.copyOf(subjectField);
    }

    /** The filter queries over the matters index; a contradictory choice is refused with what to change. */
    List<Query> queries() {
        List<Query> filters = new ArrayList<>();
        flag.forEach(f -> term(filters, MatterFlag.parse(f).value(), "true"));
        term(filters, "status", status == null ? null : status.name());
        terms(filters, "kinds", kind.stream().map(Enum::name).toList());
        terms(filters, "subject_field", subjectField);
        locality().addTo(filters, "locality.");
        range(filters, "first_date", firstDateFrom, firstDateTo);
        range(filters, "last_date", lastDateFrom, lastDateTo);
        return filters;
    }

    /** The filters as "name=value" strings, for the audit trail. */
    List<String> describe() {
        List<String> applied = new ArrayList<>();
        flag.forEach(f -> applied.add("flag=" + f));
        note(applied, "status", status);
        kind.forEach(k -> applied.add("kind=" + k));
        subjectField.forEach(s -> applied.add("subject_field=" + s));
        locality().describeTo(applied);
        note(applied, "first_date_from", firstDateFrom);
        note(applied, "first_date_to", firstDateTo);
        note(applied, "last_date_from", lastDateFrom);
        note(applied, "last_date_to", lastDateTo);
        return applied;
    }

    private LocalityFilter locality() {
        return new LocalityFilter(province, province2008, district, commune, codeList);
    }
}
