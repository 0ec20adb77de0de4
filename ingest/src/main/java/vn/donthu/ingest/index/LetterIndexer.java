package vn.donthu.ingest.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
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

    /**
     * The letters already indexed and read. A letter indexed before letters were read (schema 2, no
     * {@code details}) is left out, so that ingest reads it again instead of skipping it.
     */
    public Map<String, KnownLetter> findKnown(List<String> ids) throws IOException {
        Map<String, KnownLetter> known = new HashMap<>();
        if (ids.isEmpty()) {
            return known;
        }
        var response = backoff.call("looking up letters", () -> client.mget(m -> m.index(alias).ids(ids)
                .sourceIncludes(LetterFields.SOURCE_PATHS, LetterFields.DETAILS_KINDS), PathsOnly.class));
        for (MultiGetResponseItem<PathsOnly> item : response.docs()) {
            if (item.isResult() && item.result().found() && item.result().source().details() != null) {
                known.put(item.result().id(), new KnownLetter(item.result().id(), item.result().source().sourcePaths()));
            }
        }
        return known;
    }

    /** Indexes the letters; returns the reason for each one that could not be indexed, by id. */
    public Map<String, String> index(List<Letter> letters) throws IOException {
        Map<String, Letter> byId = new LinkedHashMap<>();
        letters.forEach(l -> byId.put(l.id(), l));
        return new BulkWriter(client, backoff).write(alias, byId);
    }

    /** Records more paths at which an indexed letter was found. */
    public void recordPaths(String id, List<String> sourcePaths) throws IOException {
        backoff.call("recording the paths of letter " + id, () -> client.update(u -> u.index(alias).id(id)
                .doc(Map.of(LetterFields.SOURCE_PATHS, new ArrayList<>(sourcePaths))), Object.class));
    }

    record PathsOnly(List<String> sourcePaths, Map<String, Object> details) {
        PathsOnly {
            sourcePaths = sourcePaths == null ? List.of() : sourcePaths;
        }
    }
}
