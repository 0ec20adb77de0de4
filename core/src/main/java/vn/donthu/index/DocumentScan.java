package vn.donthu.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * Reads every document of an index, page by page, in one consistent view (a point in time with
 * search_after), however large the index and whatever is written meanwhile.
 */
public final class DocumentScan {

    /** What is done with each page of documents. */
    public interface PageAction {
        void accept(List<Hit<ObjectNode>> page) throws IOException;
    }

    private static final int PAGE = 500;

    private DocumentScan() {
    }

    /**
     * Hands every document of {@code index} to {@code action}, a page at a time; {@code fields}
     * limits the source to those fields (none: the whole source). Returns the number of documents.
     */
    public static long forEachPage(ElasticsearchClient client, String index, List<String> fields, PageAction action)
            throws IOException {
        String pit = client.openPointInTime(p -> p.index(index).keepAlive(k -> k.time("5m"))).id();
        long documents = 0;
        try {
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> searchAfter = after;
                List<Hit<ObjectNode>> hits = client.search(s -> {
                    s.size(PAGE).pit(p -> p.id(pit).keepAlive(k -> k.time("5m")))
                            .sort(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc)));
                    if (!fields.isEmpty()) {
                        s.source(src -> src.filter(f -> f.includes(fields)));
                    }
                    if (searchAfter != null) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, ObjectNode.class).hits().hits();
                if (hits.isEmpty()) {
                    return documents;
                }
                action.accept(hits);
                documents += hits.size();
                after = hits.get(hits.size() - 1).sort();
            }
        } finally {
            client.closePointInTime(c -> c.id(pit));
        }
    }
}
