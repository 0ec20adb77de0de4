package vn.donthu.api.search;

import static vn.donthu.api.search.FilterQueries.bool;
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
import vn.donthu.letter.LetterFields;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;
import vn.donthu.matter.MatterFlag;
import vn.donthu.matter.MatterStatus;

/**
 * What a search is narrowed to, from the request's parameters. Locality comes in three ways, as
 * archives mix the code lists: {@code province} is a province of the 34 in force since
 * 2025-07-01 and also finds letters addressed with the old provinces merged into it
 * ({@code details.locality.current_province_code}); {@code province_2008} and {@code district} are
 * units of the 63-province list; {@code commune} is a commune code of the list named by
 * {@code code_list} (2008 or 2025, since codes were reused). {@code matter} keeps the letters of one
 * matter (vụ việc); {@code flag} and {@code status} keep letters by their matter's flags and status.
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
        String matter,
        @Parameter(description = "a flag of the letter's matter: prolonged, overdue, escalated, crowded (repeatable: all must be set)")
        List<String> flag,
        @Parameter(description = "the status of the letter's matter: OPEN or OVERDUE") MatterStatus status) {

    static final String LOCALITY = "details.locality.";

    public LetterFilters {
        kind = kind == null ? List.of() : List.copyOf(kind);
        subjectField = subjectField == null ? List.of() : List.copyOf(subjectField);
        recipientLevel = recipientLevel == null ? List.of() : List.copyOf(recipientLevel);
        flag = flag == null ? List.of() : List.copyOf(flag);
    }

    /** No filter: every letter. */
    public static LetterFilters none() {
        return new LetterFilters(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The filter queries; a contradictory choice is refused with what to change. */
    public List<Query> queries() {
        List<Query> filters = new ArrayList<>();
        terms(filters, "details.kinds", kind.stream().map(Enum::name).toList());
        terms(filters, "details.subject_field", subjectField);
        terms(filters, "details.recipient.level", recipientLevel.stream().map(Enum::name).toList());
        locality().addTo(filters, LOCALITY);
        range(filters, "details.letter_date", letterDateFrom, letterDateTo);
        range(filters, "details.received_date", receivedFrom, receivedTo);
        bool(filters, "details.crowded", crowded);
        bool(filters, "details.over_level", overLevel);
        term(filters, LetterFields.MATTER_ID, matter);
        // Each flag chosen must be set: "kéo dài and vượt cấp", as a filter panel of ticks reads.
        flag.forEach(f -> term(filters, LetterFields.MATTER_FLAGS, MatterFlag.parse(f).value()));
        term(filters, LetterFields.MATTER_STATUS, status == null ? null : status.name());
        return filters;
    }

    /** The filters as "name=value" strings, for the audit trail and the cursor's fingerprint. */
    public List<String> describe() {
        List<String> applied = new ArrayList<>();
        kind.forEach(k -> applied.add("kind=" + k));
        subjectField.forEach(s -> applied.add("subject_field=" + s));
        recipientLevel.forEach(l -> applied.add("recipient_level=" + l));
        locality().describeTo(applied);
        note(applied, "letter_date_from", letterDateFrom);
        note(applied, "letter_date_to", letterDateTo);
        note(applied, "received_from", receivedFrom);
        note(applied, "received_to", receivedTo);
        note(applied, "crowded", crowded);
        note(applied, "over_level", overLevel);
        note(applied, "matter", matter);
        flag.forEach(f -> applied.add("flag=" + f));
        note(applied, "status", status);
        return applied;
    }

    public boolean isEmpty() {
        return describe().isEmpty();
    }

    private LocalityFilter locality() {
        return new LocalityFilter(province, province2008, district, commune, codeList);
    }
}
