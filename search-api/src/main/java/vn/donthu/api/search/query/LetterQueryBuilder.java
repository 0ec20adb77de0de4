package vn.donthu.api.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import vn.donthu.analysis.VietnameseFolder;

/**
 * Turns a {@link UserQuery} into an Elasticsearch query over one form of the letter text
 * ({@link TextFields}). Each clause is matched on three forms of the text and the best one counts:
 * the text as written (diacritics exact, weighted highest), the words the segmenter found, and the
 * folded text (so "khieu nai" finds "khiếu nại"). A clause whose words appear as one phrase scores
 * extra, so letters saying exactly what was typed come first. OCR slips in long syllables
 * ("nguyẽn") are forgiven on the folded text only, at the lowest weight, and never in clauses with
 * numbers, where one changed digit is another document.
 */
public final class LetterQueryBuilder {

    static final float EXACT_BOOST = 3f;
    static final float WORDS_BOOST = 2f;
    static final float PHRASE_BONUS = 2f;
    static final float FOLDED_PHRASE_BONUS = 1.5f;
    static final float FUZZY_BOOST = 0.3f;
    /** Syllables of up to five letters must match exactly (most syllables: "đất", "xã"); longer ones may differ by one letter. */
    static final String FUZZINESS = "AUTO:6,12";
    static final String FILE_NAME_TEXT = "file_name.text";

    private final TextFields fields;

    private LetterQueryBuilder(TextFields fields) {
        this.fields = fields;
    }

    /** The query over the full text (file names included). */
    public static Query build(UserQuery query) {
        return build(query, TextFields.FULL);
    }

    public static Query build(UserQuery query, TextFields fields) {
        LetterQueryBuilder builder = new LetterQueryBuilder(fields);
        List<Query> groups = query.groups().stream().map(builder::group).toList();
        List<Query> exclusions = query.exclusions().stream().map(builder::exclusion).toList();
        return Query.of(q -> q.bool(b -> b.should(groups).minimumShouldMatch("1").mustNot(exclusions)));
    }

    private Query group(List<UserQuery.Clause> clauses) {
        return Query.of(q -> q.bool(b -> {
            for (UserQuery.Clause clause : clauses) {
                b.must(clause.phrase() ? phrase(clause.text()) : words(clause.text()));
                if (!clause.phrase()) {
                    b.should(phraseBonus(clause.text()));
                }
            }
            return b;
        }));
    }

    /** Typed without diacritics, the words as one phrase can only be found in the folded text; they still rank below the exact phrase. */
    private Query phraseBonus(String text) {
        return Query.of(q -> q.disMax(d -> d
                .queries(x -> x.matchPhrase(p -> p.field(fields.exact()).query(text).slop(1).boost(PHRASE_BONUS)))
                .queries(x -> x.matchPhrase(p -> p.field(fields.folded()).query(text).slop(1).boost(FOLDED_PHRASE_BONUS)))));
    }

    private Query words(String text) {
        return Query.of(q -> q.disMax(d -> {
            d.tieBreaker(0.2)
                    .queries(match(fields.exact(), text, EXACT_BOOST))
                    .queries(match(fields.words(), text, WORDS_BOOST))
                    .queries(match(fields.folded(), text, 1f));
            if (fields.equals(TextFields.FULL)) {
                // Only where the full text may be read: a clerk may have named the file after its sender.
                d.queries(match(FILE_NAME_TEXT, text, 0.5f));
            }
            if (text.chars().noneMatch(Character::isDigit)) {
                d.queries(x -> x.match(m -> m.field(fields.folded()).query(text).operator(Operator.And)
                        .fuzziness(FUZZINESS).prefixLength(1).maxExpansions(20).boost(FUZZY_BOOST)));
            }
            return d;
        }));
    }

    private Query phrase(String text) {
        return Query.of(q -> q.disMax(d -> d
                .queries(x -> x.matchPhrase(p -> p.field(fields.exact()).query(text).boost(EXACT_BOOST)))
                .queries(x -> x.matchPhrase(p -> p.field(fields.folded()).query(text)))));
    }

    /**
     * An exclusion typed with diacritics excludes exactly that word; typed without them it excludes
     * every spelling ("-boi" excludes "bồi" and "bói"), as the user could not have meant otherwise.
     */
    private Query exclusion(UserQuery.Clause clause) {
        String field = hasDiacritics(clause.text()) ? fields.exact() : fields.folded();
        if (clause.phrase()) {
            return Query.of(q -> q.matchPhrase(p -> p.field(field).query(clause.text())));
        }
        return Query.of(q -> q.match(m -> m.field(field).query(clause.text()).operator(Operator.And)));
    }

    private static Query match(String field, String text, float boost) {
        return Query.of(q -> q.match(m -> m.field(field).query(text).operator(Operator.And).boost(boost)));
    }

    private static boolean hasDiacritics(String text) {
        return !VietnameseFolder.fold(text).equals(text);
    }
}
