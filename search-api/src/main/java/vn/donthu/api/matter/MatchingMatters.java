package vn.donthu.api.matter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.donthu.api.search.LetterQuery;
import vn.donthu.index.IndexSettings;
import vn.donthu.letter.LetterFields;

/**
 * The matters whose letters match what a reader typed. Matters hold no text, so the words are
 * matched on the letters, with the same query language, analysis and {@code PersonalDataPolicy} as
 * letter search (a reader finds a matter only through text they could find the letter by); the
 * matching letters are collapsed on {@code matter_id}, so each matter comes once, scored as its best
 * letter, best first. (Collapsing needs no script: the managed node has no scripting module.)
 */
@Component
class MatchingMatters {

    /** Matters gathered per search (Elasticsearch's result window); a query matching more is too broad to rank, and says so. */
    static final int MAX_MATTERS = 10_000;

    /**
     * @param scores  each matching matter's best letter score, best first
     * @param letters how many of each matter's letters matched
     * @param capped  more matters matched than {@link #MAX_MATTERS}; only the best were kept
     */
    record Matches(Map<String, Double> scores, Map<String, Long> letters, boolean capped) {
    }

    private final ElasticsearchClient client;
    private final String letters;

    MatchingMatters(ElasticsearchClient client, IndexSettings indices) {
        this.client = client;
        this.letters = indices.names().lettersAlias();
    }

    Matches find(LetterQuery query) {
        Query grouped = Query.of(q -> q.bool(b -> b.must(query.query()).filter(f -> f.exists(e -> e.field(LetterFields.MATTER_ID)))));
        try {
            SearchResponse<Void> response = client.search(s -> s.index(letters).size(MAX_MATTERS).source(src -> src.fetch(false))
                    .query(grouped).collapse(c -> c.field(LetterFields.MATTER_ID))
                    .aggregations("letters", a -> a.terms(t -> t.field(LetterFields.MATTER_ID).size(MAX_MATTERS)))
                    .aggregations("matters", a -> a.cardinality(c -> c.field(LetterFields.MATTER_ID).precisionThreshold(40_000))), Void.class);
            Map<String, Double> scores = new LinkedHashMap<>();
            for (Hit<Void> hit : response.hits().hits()) {
                scores.put(hit.fields().get(LetterFields.MATTER_ID).toJson().asJsonArray().getString(0),
                        hit.score() == null ? 0 : hit.score());
            }
            Map<String, Long> counts = new HashMap<>();
            for (StringTermsBucket bucket : response.aggregations().get("letters").sterms().buckets().array()) {
                counts.put(bucket.key().stringValue(), bucket.docCount());
            }
            return new Matches(scores, counts, response.aggregations().get("matters").cardinality().value() > scores.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
