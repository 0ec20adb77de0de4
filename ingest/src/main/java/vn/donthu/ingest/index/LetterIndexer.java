package vn.donthu.ingest.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterFields;

/**
 * Writes letters through the alias. A bulk item that fails for a passing reason (429, 5xx) is
 * sent again; one that fails for good comes back with its reason, so the caller can report it.
 */
public final class LetterIndexer {

    /** Where each already-indexed letter was found, by id. */
    public record KnownLetter(String id, List<String> sourcePaths) {
    }

    private final ElasticsearchClient client;
    private final String alias;
    private final Backoff backoff;

    public LetterIndexer(ElasticsearchClient client, String alias, Backoff backoff) {
        this.client = client;
        this.alias = alias;
        this.backoff = backoff;
    }

    public Map<String, KnownLetter> findKnown(List<String> ids) throws IOException {
        Map<String, KnownLetter> known = new HashMap<>();
        if (ids.isEmpty()) {
            return known;
        }
        var response = backoff.call("looking up letters", () -> client.mget(m -> m.index(alias).ids(ids)
                .sourceIncludes(LetterFields.SOURCE_PATHS), PathsOnly.class));
        for (MultiGetResponseItem<PathsOnly> item : response.docs()) {
            if (item.isResult() && item.result().found()) {
                known.put(item.result().id(), new KnownLetter(item.result().id(), item.result().source().sourcePaths()));
            }
        }
        return known;
    }

    /** Indexes the letters; returns the reason for each one that could not be indexed, by id. */
    public Map<String, String> index(List<Letter> letters) throws IOException {
        Map<String, Letter> pending = new LinkedHashMap<>();
        letters.forEach(l -> pending.put(l.id(), l));
        Map<String, String> failed = new HashMap<>();
        Duration delay = backoff.first();
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            pending.values().forEach(letter -> bulk.operations(op -> op.index(i -> i.index(alias).id(letter.id()).document(letter))));
            // Built once: a builder cannot build twice, and the backoff may send the request again.
            BulkRequest request = bulk.build();
            BulkResponse response = backoff.call("bulk indexing " + pending.size() + " letters", () -> client.bulk(request));
            boolean retry = false;
            for (BulkResponseItem item : response.items()) {
                if (item.error() == null) {
                    pending.remove(item.id());
                } else if (Backoff.retryableStatus(item.status()) && attempt < backoff.attempts()) {
                    retry = true;
                } else {
                    failed.put(item.id(), "Elasticsearch refused the letter: " + item.error().type() + ": " + item.error().reason());
                    pending.remove(item.id());
                }
            }
            if (retry) {
                backoff.pause(delay);
                delay = backoff.next(delay);
            }
        }
        return failed;
    }

    /** Records more paths at which an indexed letter was found. */
    public void recordPaths(String id, List<String> sourcePaths) throws IOException {
        backoff.call("recording the paths of letter " + id, () -> client.update(u -> u.index(alias).id(id)
                .doc(Map.of(LetterFields.SOURCE_PATHS, new ArrayList<>(sourcePaths))), Object.class));
    }

    record PathsOnly(List<String> sourcePaths) {
        PathsOnly {
            sourcePaths = sourcePaths == null ? List.of() : sourcePaths;
        }
    }
}
