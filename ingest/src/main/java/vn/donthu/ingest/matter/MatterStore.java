package vn.donthu.ingest.matter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.letter.LetterFields;
import vn.donthu.matter.Matter;

/**
 * The matters index as grouping uses it: finds the matters a batch of letters may join by their
 * lookup keys, without reading the rest of the archive, and writes back changed matters and the
 * letters' {@code matter_id}.
 */
final class MatterStore {

    private final ElasticsearchClient client;
    private final String mattersAlias;
    private final String lettersAlias;
    private final Backoff backoff;

    MatterStore(ElasticsearchClient client, String mattersAlias, String lettersAlias, Backoff backoff) {
        this.client = client;
        this.mattersAlias = mattersAlias;
        this.lettersAlias = lettersAlias;
        this.backoff = backoff;
    }

    /** For each letter, the matters sharing the most lookup keys with it, weighted as in {@link LookupKey}. */
    List<Matter> candidates(List<LetterPrint> prints) throws IOException {
        if (prints.isEmpty()) {
            return List.of();
        }
        MsearchRequest.Builder request = new MsearchRequest.Builder();
        for (LetterPrint print : prints) {
            List<Query> should = print.lookupKeys().stream()
                    .map(key -> term(key.kind().field, key.value(), key.kind().weight)).toList();
            request.searches(s -> s.header(h -> h.index(mattersAlias))
                    .body(b -> b.size(MatterGrouper.CANDIDATES).query(q -> q.bool(bool -> bool.should(should)))));
        }
        var response = backoff.call("looking up matters for " + prints.size() + " letters",
                () -> client.msearch(request.build(), Matter.class));
        Map<String, Matter> found = new LinkedHashMap<>();
        for (MultiSearchResponseItem<Matter> item : response.responses()) {
            if (item.isFailure()) {
                throw new IOException("Elasticsearch could not look up matters: " + item.failure().error().reason());
            }
            for (Hit<Matter> hit : item.result().hits().hits()) {
                found.putIfAbsent(hit.id(), hit.source());
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Writes each letter's matter id, then the matters, refreshing only the matters index so that the next
     * batch's lookup sees them without waiting for the periodic refresh.
     */
    void save(List<Matter> matters, Map<String, String> matterOfLetter) throws IOException {
        if (!matterOfLetter.isEmpty()) {
            BulkRequest.Builder letters = new BulkRequest.Builder();
            matterOfLetter.forEach((letter, matter) -> letters.operations(op -> op.update(u -> u.index(lettersAlias).id(letter)
                    .action(a -> a.doc(Map.of(LetterFields.MATTER_ID, matter))))));
            write(letters.build(), "recording the matters of " + matterOfLetter.size() + " letters");
        }
        if (!matters.isEmpty()) {
            BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
            matters.forEach(m -> bulk.operations(op -> op.index(i -> i.index(mattersAlias).id(m.id()).document(m))));
            write(bulk.build(), "saving " + matters.size() + " matters");
        }
    }

    private void write(BulkRequest request, String what) throws IOException {
        BulkResponse response = backoff.call(what, () -> client.bulk(request));
        List<String> failures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                failures.add(item.index() + "/" + item.id() + ": " + item.error().reason());
            }
        }
        if (!failures.isEmpty()) {
            throw new IOException("Elasticsearch refused " + failures.size() + " writes " + what + ", first: " + failures.get(0));
        }
    }

    private static Query term(String field, String value, float boost) {
        return Query.of(q -> q.constantScore(c -> c.filter(f -> f.term(t -> t.field(field).value(value))).boost(boost)));
    }
}
