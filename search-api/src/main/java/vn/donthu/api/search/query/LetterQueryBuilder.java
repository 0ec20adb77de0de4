package vn.donthu.api.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.letter.LetterFields;

/**
 * Turns a {@link UserQuery} into an Elasticsearch query over the letter text. Each clause is matched
 * on three forms of the text and the best one counts: the text as written (diacritics exact,
 * weighted highest), the words the segmenter found, and the folded text (so "khieu nai" finds
 * "khiếu nại"). A clause whose words appear as one phrase scores extra, so letters saying exactly
 * what was typed come first.
 */
public final class LetterQueryBuilder {

    static final float EXACT_BOOST = 3f;
    static final float WORDS_BOOST = 2f;
    static final float PHRASE_BONUS = 2f;
    static final String FILE_NAME_TEXT = "file_name.text";

    private LetterQueryBuilder() {
    }

    public static Query build(UserQuery query) {
        List<Query> groups = query.groups().stream().map(LetterQueryBuilder::group).toList();
        List<Query> exclusions = query.exclusions().stream().map(LetterQueryBuilder::exclusion).toList();
        return Query.of(q -> q.bool(b -> b.should(groups).minimumShouldMatch("1").mustNot(exclusions)));
    }

    private static Query group(List<UserQuery.Clause> clauses) {
        return Query.of(q -> q.bool(b -> {
            for (UserQuery.Clause clause : clauses) {
                b.must(clause.phrase() ? phrase(clause.text()) : words(clause.text()));
                if (!clause.phrase()) {
                    b.should(s -> s.matchPhrase(p -> p.field(LetterFields.TEXT).query(clause.text()).slop(1).boost(PHRASE_BONUS)));
                }
            }
            return b;
        }));
    }

    private static Query words(String text) {
        return Query.of(q -> q.disMax(d -> d.tieBreaker(0.2)
                .queries(match(LetterFields.TEXT, text, EXACT_BOOST))
                .queries(match(LetterFields.TEXT_WORDS, text, WORDS_BOOST))
                .queries(match(LetterFields.TEXT_FOLDED, text, 1f))
                .queries(match(FILE_NAME_TEXT, text, 0.5f))));
    }

    private static Query phrase(String text) {
        return Query.of(q -> q.disMax(d -> d
                .queries(x -> x.matchPhrase(p -> p.field(LetterFields.TEXT).query(text).boost(EXACT_BOOST)))
                .queries(x -> x.matchPhrase(p -> p.field(LetterFields.TEXT_FOLDED).query(text)))));
    }

    /**
     * An exclusion typed with diacritics excludes exactly that word; typed without them it excludes
     * every spelling ("-boi" excludes "bồi" and "bói"), as the user could not have meant otherwise.
     */
    private static Query exclusion(UserQuery.Clause clause) {
        String field = hasDiacritics(clause.text()) ? LetterFields.TEXT : LetterFields.TEXT_FOLDED;
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
