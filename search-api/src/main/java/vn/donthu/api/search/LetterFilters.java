package vn.donthu.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.BindParam;
import vn.donthu.letter.LetterFields;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;

/**
 * What a search is narrowed to, from the request's parameters. Locality comes in three ways, as
 * archives mix the code lists: {@code province} is a province of the 34 in force since
 * 2025-07-01 and also finds letters addressed with the old provinces merged into it
 * ({@code details.locality.current_province_code}); {@code province_2008} and {@code district} are
 * units of the 63-province list; {@code commune} is a commune code of the list named by
 * {@code code_list} (2008 or 2025, since codes were reused). {@code matter} keeps the letters of one
 * matter (vụ việc).
 */
public record LetterFilters(
        List<LetterKind> kind,
        @BindParam("subject_field") @Parameter(name = "subject_field") List<String> subjectField,
        String province,
        @BindParam("province_2008") @Parameter(name = "province_2008") String province2008,
        String district,
        String commune,
        @BindParam("code_list") @Parameter(name = "code_list") String codeList,
        @BindParam("letter_date_from") @Parameter(name = "letter_date_from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate letterDateFrom,
        @BindParam("letter_date_to") @Parameter(name = "letter_date_to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate letterDateTo,
        @BindParam("received_from") @Parameter(name = "received_from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
        @BindParam("received_to") @Parameter(name = "received_to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
        @BindParam("recipient_level") @Parameter(name = "recipient_level") List<RecipientLevel> recipientLevel,
        Boolean crowded,
        @BindParam("over_level") @Parameter(name = "over_level") Boolean overLevel,
        String matter) {

    static final String LOCALITY = "details.locality.";

    public LetterFilters {
        kind = kind == null ? List.of() : List.copyOf(kind);
        subjectField = subjectField == null ? List.of() : List.copyOf(subjectField);
        recipientLevel = recipientLevel == null ? List.of() : List.copyOf(recipientLevel);
    }

    /** The filter queries; a contradictory choice is refused with what to change. */
    public List<Query> queries() {
        if (commune != null && codeList == null) {
            throw new IllegalArgumentException("a commune code needs 'code_list' (2008 or 2025): the 2025 list reused codes");
        }
        if (codeList != null && !codeList.equals("2008") && !codeList.equals("2025")) {
            throw new IllegalArgumentException("'code_list' is 2008 or 2025, not '" + codeList + "'");
        }
        List<Query> filters = new ArrayList<>();
        terms(filters, "details.kinds", kind.stream().map(Enum::name).toList());
        terms(filters, "details.subject_field", subjectField);
        terms(filters, "details.recipient.level", recipientLevel.stream().map(Enum::name).toList());
        term(filters, LOCALITY + "current_province_code", province);
        if (province2008 != null || district != null) {
            term(filters, LOCALITY + "code_list", "2008");
        }
        term(filters, LOCALITY + "province_code", province2008);
        term(filters, LOCALITY + "district_code", district);
        if (commune != null) {
            term(filters, LOCALITY + "code_list", codeList);
            term(filters, LOCALITY + "commune_code", commune);
        }
        range(filters, "details.letter_date", letterDateFrom, letterDateTo);
        range(filters, "details.received_date", receivedFrom, receivedTo);
        flag(filters, "details.crowded", crowded);
        flag(filters, "details.over_level", overLevel);
        term(filters, LetterFields.MATTER_ID, matter);
        return filters;
    }

    /** The filters as "name=value" strings, for the audit trail and the cursor's fingerprint. */
    public List<String> describe() {
        List<String> applied = new ArrayList<>();
        kind.forEach(k -> applied.add("kind=" + k));
        subjectField.forEach(s -> applied.add("subject_field=" + s));
        recipientLevel.forEach(l -> applied.add("recipient_level=" + l));
        add(applied, "province", province);
        add(applied, "province_2008", province2008);
        add(applied, "district", district);
        add(applied, "commune", commune);
        add(applied, "code_list", codeList);
        add(applied, "letter_date_from", letterDateFrom);
        add(applied, "letter_date_to", letterDateTo);
        add(applied, "received_from", receivedFrom);
        add(applied, "received_to", receivedTo);
        add(applied, "crowded", crowded);
        add(applied, "over_level", overLevel);
        add(applied, "matter", matter);
        return applied;
    }

    public boolean isEmpty() {
        return describe().isEmpty();
    }

    private static void add(List<String> applied, String name, Object value) {
        if (value != null) {
            applied.add(name + "=" + value);
        }
    }

    private static void terms(List<Query> filters, String field, List<String> values) {
        if (!values.isEmpty()) {
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList())))));
        }
    }

    private static void term(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }

    private static void flag(List<Query> filters, String field, Boolean value) {
        if (value != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }

    private static void range(List<Query> filters, String field, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(field + ": the end " + to + " is before the start " + from);
        }
        if (from != null || to != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field(field);
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lte(to.toString());
                }
                return d;
            }))));
        }
    }
}
