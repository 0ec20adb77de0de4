package vn.donthu.ingest.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bulk-indexes documents by id. A bulk item that fails for a passing reason (429, 5xx) is sent
 * again; one that fails for good comes back with its reason, so the caller can report it.
 */
public final class BulkWriter {

    private final ElasticsearchClient client;
    private final Backoff backoff;

    public BulkWriter(ElasticsearchClient client, Backoff backoff) {
        this.client = client;
        this.backoff = backoff;
    }

    /** Writes the documents into {@code index} (an alias); returns the reason for each one refused, by id. */
    public <T> Map<String, String> write(String index, Map<String, T> documents) throws IOException {
        Map<String, T> pending = new LinkedHashMap<>(documents);
        Map<String, String> failed = new HashMap<>();
        Duration delay = backoff.first();
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            pending.forEach((id, document) -> bulk.operations(op -> op.index(i -> i.index(index).id(id).document(document))));
            // Built once: a builder cannot build twice, and the backoff may send the request again.
            BulkRequest request = bulk.build();
            BulkResponse response = backoff.call("bulk indexing " + pending.size() + " documents", () -> client.bulk(request));
            boolean retry = false;
            for (BulkResponseItem item : response.items()) {
                if (item.error() == null) {
                    pending.remove(item.id());
                } else if (Backoff.retryableStatus(item.status()) && attempt < backoff.attempts()) {
                    retry = true;
                } else {
                    failed.put(item.id(), "Elasticsearch refused it: " + item.error().type() + ": " + item.error().reason());
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
}
