package vn.donthu.api.matter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.donthu.index.IndexSettings;
import vn.donthu.matter.Matter;

/**
 * Matters read from the matters index without their grouping keys (hashes of names, fingerprints)
 * and without the address text: neither ever leaves Elasticsearch through the API.
 */
@Component
class Matters {

    /** What is never fetched from a matter document. */
    private static final List<String> INTERNALS = List.of("grouping", "locality.address_text");
    static final SourceConfig WITHOUT_INTERNALS = SourceConfig.of(s -> s.filter(f -> f.excludes(INTERNALS)));

    private final ElasticsearchClient client;
    private final String alias;

    Matters(ElasticsearchClient client, IndexSettings indices) {
        this.client = client;
        this.alias = indices.names().alias("matters");
    }

    String alias() {
        return alias;
    }

    /** One matter, or a 400 for a malformed id and a 404 for an unknown one. */
    Matter get(String id) {
        if (!id.matches("[A-Za-z0-9_-]{1,128}")) {
            throw new IllegalArgumentException("a matter id is letters, digits, '-' and '_' (the id of its first letter), not '" + id + "'");
        }
        try {
            GetResponse<Matter> matter = client.get(g -> g.index(alias).id(id).sourceExcludes(INTERNALS), Matter.class);
            if (!matter.found()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no matter with id " + id);
            }
            return matter.source();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The matters of {@code ids} that exist, by id, in the order asked. */
    Map<String, Matter> getAll(List<String> ids) {
        return found(client, alias, ids, INTERNALS, Matter.class);
    }

    /** The documents of {@code ids} in {@code index} that exist, without the fields {@code excluded}, by id in the order asked. */
    static <T> Map<String, T> found(ElasticsearchClient client, String index, List<String> ids, List<String> excluded, Class<T> type) {
        Map<String, T> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try {
            client.mget(m -> m.index(index).ids(ids).sourceExcludes(excluded), type).docs().forEach(d -> {
                if (d.isResult() && d.result().found()) {
                    found.put(d.result().id(), d.result().source());
                }
            });
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
