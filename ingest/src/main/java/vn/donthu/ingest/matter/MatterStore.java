package vn.donthu.ingest.matter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterFields;
import vn.donthu.matter.Matter;

/**
 * The matters index as grouping uses it: finds the matters a batch of letters may join by their
 * lookup keys, without reading the rest of the archive, reads them by id (in real time, so a matter
 * written a moment ago is read as written), and writes back changed matters and what the letters
 * carry of them. Nothing is refreshed per batch: a run keeps what it wrote in its own cache.
 */
final class MatterStore {

    private static final String LETTER_DATE = "details.letter_date";
    private static final String ID = "id";

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

    /** The ids of the matters sharing the most lookup keys with each letter, weighted as in {@link LookupKey}; one request. */
    Set<String> candidateIds(List<LetterPrint> prints) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        if (prints.isEmpty()) {
            return found;
        }
        MsearchRequest.Builder request = new MsearchRequest.Builder();
        for (LetterPrint print : prints) {
            List<Query> should = print.lookupKeys().stream()
                    .map(key -> term(key.kind().field, key.value(), key.kind().weight)).toList();
            request.searches(s -> s.header(h -> h.index(mattersAlias))
                    .body(b -> b.size(MatterGrouper.CANDIDATES).source(src -> src.fetch(false))
                            .query(q -> q.bool(bool -> bool.should(should)))));
        }
        var response = backoff.call("looking up matters for " + prints.size() + " letters",
                () -> client.msearch(request.build(), Void.class));
        for (MultiSearchResponseItem<Void> item : response.responses()) {
            if (item.isFailure()) {
                throw new IOException("Elasticsearch could not look up matters: " + item.failure().error().reason());
            }
            item.result().hits().hits().forEach(hit -> found.add(hit.id()));
        }
        return found;
    }

    /** The matters of these ids that exist, read in real time. */
    List<Matter> read(Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        var response = backoff.call("reading " + ids.size() + " matters",
                () -> client.mget(m -> m.index(mattersAlias).ids(List.copyOf(ids)), Matter.class));
        List<Matter> matters = new ArrayList<>();
        for (MultiGetResponseItem<Matter> item : response.docs()) {
            if (item.isFailure()) {
                throw new IOException("Elasticsearch could not read matter " + item.failure().id() + ": " + item.failure().error().reason());
            }
            if (item.result().found()) {
                matters.add(item.result().source());
            }
        }
        return matters;
    }

    /** What each of these letters carries of its matter now, read in real time; letters not found are left out. */
    Map<String, LetterMatterState> letterStates(Collection<String> letterIds) throws IOException {
        Map<String, LetterMatterState> states = new LinkedHashMap<>();
        if (letterIds.isEmpty()) {
            return states;
        }
        var response = backoff.call("reading the matters of " + letterIds.size() + " letters",
                () -> client.mget(m -> m.index(lettersAlias).ids(List.copyOf(letterIds))
                        .sourceIncludes(LetterFields.MATTER_ID, LetterFields.MATTER_FLAGS, LetterFields.MATTER_STATUS),
                        LetterMatterState.class));
        for (MultiGetResponseItem<LetterMatterState> item : response.docs()) {
            if (item.isResult() && item.result().found()) {
                states.put(item.result().id(), item.result().source());
            }
        }
        return states;
    }

    /** Writes the matters (not refreshed: the run that wrote them holds them). */
    void save(List<Matter> matters) throws IOException {
        if (matters.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = matters.stream()
                .map(m -> BulkOperation.of(op -> op.index(i -> i.index(mattersAlias).id(m.id()).document(m)))).toList();
        write(operations, "saving " + matters.size() + " matters");
    }

    /**
     * Writes what the letters carry of their matters, then deletes the matters merged away: only once every
     * one of their letters names the matter they were merged into, so a run that dies before leaves both
     * matters, which the next run merges again.
     */
    void updateLetters(Map<String, LetterMatterState> updates, Collection<String> mergedAway) throws IOException {
        List<BulkOperation> operations = new ArrayList<>();
        updates.forEach((letter, state) -> operations.add(BulkOperation.of(op -> op.update(u -> u.index(lettersAlias).id(letter)
                .action(a -> a.doc(state.asUpdate()))))));
        write(operations, "recording the matters of " + updates.size() + " letters");
        List<BulkOperation> deletes = mergedAway.stream()
                .map(id -> BulkOperation.of(op -> op.delete(d -> d.index(mattersAlias).id(id)))).toList();
        write(deletes, "deleting " + deletes.size() + " matters merged into others");
    }

    /** Makes every matter written so far visible to {@link #candidateIds}. */
    void refresh() throws IOException {
        backoff.call("refreshing the matters", () -> client.indices().refresh(r -> r.index(mattersAlias)));
    }

    /**
     * Letters that do not carry their matter, oldest first, after {@code after}: indexed before they were
     * grouped, or grouped before letters carried their matter's status (letters schema 4 and older,
     * which have a {@code matter_id} but no flags), so that an upgraded archive can be filtered by them.
     */
    Page ungrouped(int size, List<FieldValue> after) throws IOException {
        backoff.call("refreshing the letters", () -> client.indices().refresh(r -> r.index(lettersAlias)));
        SearchResponse<Letter> response = backoff.call("finding letters without a matter", () -> client.search(s -> {
            s.index(lettersAlias).size(size)
                    .query(q -> q.bool(b -> b.mustNot(n -> n.exists(e -> e.field(LetterFields.MATTER_STATUS)))))
                    .sort(o -> o.field(f -> f.field(LETTER_DATE).order(SortOrder.Asc).missing("_last")))
                    .sort(o -> o.field(f -> f.field(ID).order(SortOrder.Asc)));
            if (!after.isEmpty()) {
                s.searchAfter(after);
            }
            return s;
        }, Letter.class));
        List<Hit<Letter>> hits = response.hits().hits();
        return new Page(hits.stream().map(Hit::source).toList(), hits.isEmpty() ? List.of() : hits.get(hits.size() - 1).sort());
    }

    record Page(List<Letter> letters, List<FieldValue> last) {
    }

    private void write(List<BulkOperation> operations, String what) throws IOException {
        if (operations.isEmpty()) {
            return;
        }
        BulkRequest request = BulkRequest.of(b -> b.operations(operations));
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
