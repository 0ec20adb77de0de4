package vn.donthu.api.access;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import vn.donthu.api.search.query.LetterQueryBuilder;
import vn.donthu.api.search.query.TextFields;
import vn.donthu.api.search.query.UserQuery;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterKind;

/**
 * Which form of a letter's text a reader may search, see and export.
 *
 * <ul>
 *   <li>IDENTITY_READER (with INSPECTOR or ADMIN): the full text of every letter.</li>
 *   <li>INSPECTOR without it: the full text of analysed letters that are not denunciations
 *       (a complainant is a party to the case and named in its decisions); for tố cáo letters and
 *       letters not analysed yet, only the text with personal data masked ({@code redacted_text}).
 *       A letter with neither can then not be found by its text at all.</li>
 *   <li>LEADER: only masked text, and only as counts.</li>
 * </ul>
 *
 * Matching follows the same rule as showing, so a hit count cannot reveal a masked name either.
 */
public final class PersonalDataPolicy {

    private static final String KINDS = "details.kinds";

    private PersonalDataPolicy() {
    }

    /** Whether {@code reader} may see this letter's full text, its original file and its petitioners. */
    public static boolean seesFullText(Reader reader, LetterDetails details) {
        return reader.seesIdentities() || (reader.readsLetters() && openToInspectors(details));
    }

    /** Whether showing this letter in full to {@code reader} discloses an identity only the identity authority may see. */
    public static boolean disclosesIdentity(Reader reader, LetterDetails details) {
        return reader.seesIdentities() && !openToInspectors(details);
    }

    /** The form of the text {@code reader} gets for this letter. */
    public static TextFields textFor(Reader reader, LetterDetails details) {
        return seesFullText(reader, details) ? TextFields.FULL : TextFields.REDACTED;
    }

    /** The query over the forms of text {@code reader} may search, letter by letter. */
    public static Query textQuery(Reader reader, UserQuery query) {
        if (reader.seesIdentities()) {
            return LetterQueryBuilder.build(query, TextFields.FULL);
        }
        Query redacted = LetterQueryBuilder.build(query, TextFields.REDACTED);
        if (!reader.readsLetters()) {
            return redacted;
        }
        Query open = openToInspectorsQuery();
        Query full = LetterQueryBuilder.build(query, TextFields.FULL);
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.bool(f -> f.must(full).filter(open)))
                .should(s -> s.bool(r -> r.must(redacted).mustNot(open)))));
    }

    private static boolean openToInspectors(LetterDetails details) {
        return details != null && !details.kinds().isEmpty() && !details.kinds().contains(LetterKind.TO_CAO);
    }

    private static Query openToInspectorsQuery() {
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.exists(e -> e.field(KINDS)))
                .mustNot(List.of(Query.of(n -> n.term(t -> t.field(KINDS).value(LetterKind.TO_CAO.name())))))));
    }
}
