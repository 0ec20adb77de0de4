package vn.donthu.api.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.letter.LetterFields;
import vn.donthu.letter.LetterKind;

/**
 * Turns a {@link UserQuery} into an Elasticsearch query over one form of the letter text
 * ({@link TextFields}). Each clause is matched on three forms of the text and the best one counts:
 * the text as written (diacritics exact, weighted highest), the words the segmenter found, and the
 * folded text (so "khieu nai" finds "khiếu nại"). A clause whose words appear as one phrase scores
 * extra (most with diacritics as typed, less when only the folded words match), and so, less, does
 * each pair of its neighbouring words, so letters saying exactly what was typed come first; a clause
 * naming a kind of letter ("tố cáo") favours letters of that kind. OCR slips in long syllables
 * ("nguyẽn") are forgiven on the folded text only, at the lowest weight, and never in clauses with
 * numbers, where one changed digit is another document.
 */
public final class LetterQueryBuilder {

    static final float EXACT_BOOST = 3f;
    static final float WORDS_BOOST = 2f;
    static final float PHRASE_BONUS = 2f;
    static final float FOLDED_PHRASE_BONUS = 1.5f;
    static final float PAIR_BONUS = 0.5f;
    static final int MAX_PAIRS = 12;
    static final float FUZZY_BOOST = 0.3f;
    /** What a letter of a kind is called, folded; a query that names a kind ("to cao tham nhung") ranks letters of it first. */
    static final Map<String, LetterKind> KIND_NAMES = Map.of("khieu nai", LetterKind.KHIEU_NAI, "to cao", LetterKind.TO_CAO,
            "kien nghi", LetterKind.KIEN_NGHI, "phan anh", LetterKind.PHAN_ANH);
    static final float KIND_BONUS = 3f;
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
                    b.should(phraseBonus(clause.text(), PHRASE_BONUS, FOLDED_PHRASE_BONUS));
                    b.should(pairBonuses(clause.text()));
                }
                b.should(kindBonuses(clause.text()));
            }
            return b;
        }));
    }

    /** A bonus for letters of each kind the text names, whichever way it is typed. */
    private static List<Query> kindBonuses(String text) {
        String words = " " + VietnameseFolder.fold(text).toLowerCase(Locale.ROOT) + " ";
        return KIND_NAMES.entrySet().stream().filter(e -> words.contains(" " + e.getKey() + " "))
                .map(e -> Query.of(q -> q.constantScore(c -> c.boost(KIND_BONUS)
                        .filter(f -> f.term(t -> t.field(LetterFields.DETAILS_KINDS).value(e.getValue().name()))))))
                .toList();
    }

    /** Typed without diacritics, the words as one phrase can only be found in the folded text; they still rank below the exact phrase. */
    private Query phraseBonus(String text, float exact, float folded) {
        return Query.of(q -> q.disMax(d -> d
                .queries(x -> x.matchPhrase(p -> p.field(fields.exact()).query(text).slop(1).boost(exact)))
                .queries(x -> x.matchPhrase(p -> p.field(fields.folded()).query(text).slop(1).boost(folded)))));
    }

    /**
     * A smaller bonus for each pair of neighbouring words found side by side. Queries join things
     * that stand apart in a letter (a name and a commune, a topic and a place): the letter where
     * "xã Tân Thái" and "ô nhiễm" each appear as written ranks above one where the same common
     * syllables (xã, tân, thải, ở) are scattered.
     */
    private List<Query> pairBonuses(String text) {
        String[] words = text.strip().split("\\s+");
        List<Query> pairs = new ArrayList<>();
        for (int i = 0; words.length > 2 && i + 1 < Math.min(words.length, MAX_PAIRS + 1); i++) {
            pairs.add(phraseBonus(words[i] + " " + words[i + 1], PAIR_BONUS, PAIR_BONUS * FOLDED_PHRASE_BONUS / PHRASE_BONUS));
        }
        return pairs;
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
