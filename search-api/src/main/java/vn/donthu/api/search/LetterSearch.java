package vn.donthu.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import vn.donthu.api.audit.AuditEvent;
import vn.donthu.api.audit.AuditTrail;
import vn.donthu.api.search.query.TextFields;
import vn.donthu.index.IndexSettings;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterFields;

/**
 * Full-text search over letters: the query a reader may run ({@link LetterQuery}), hits shaped by
 * what they may see ({@link LetterHits}), facet counts, and consistent deep paging. Every search is
 * written to the audit trail before its results are returned.
 */
@Service
public class LetterSearch {

    static final int SNIPPET_CHARS = 180;
    static final int SNIPPETS = 3;
    static final String KEEP_ALIVE = "2m";

    private final ElasticsearchClient client;
    private final String alias;
    private final AuditTrail audit;
    private final SnippetPages snippetPages;

    public LetterSearch(ElasticsearchClient client, IndexSettings indices, AuditTrail audit) {
        this.client = client;
        this.alias = indices.names().lettersAlias();
        this.audit = audit;
        this.snippetPages = new SnippetPages(client, alias);
    }

    /** A page by number, up to the first 10,000 results. */
    public LetterSearchResult page(LetterQuery query, LetterSort sort, int page, int size, boolean facets) {
        SearchResponse<Letter> response = send(pageRequest(query, sort, page, size, facets));
        return answer(query, response, page, size, facets, null);
    }

    /** The Elasticsearch request behind {@link #page}: the latency benchmark sends it directly as its baseline. */
    public SearchRequest pageRequest(LetterQuery query, LetterSort sort, int page, int size, boolean facets) {
        return request(query, sort, facets, s -> s.index(alias).from(page * size).size(size));
    }

    /** A page of a list walked with a cursor ("start" opens it): consistent however deep, while letters are indexed. */
    LetterSearchResult continued(LetterQuery query, LetterSort sort, String cursor, int size, boolean facets) {
        String search = query.fingerprint(sort);
        SearchCursor from = cursor.equals("start") ? new SearchCursor(openPit(), List.of(), search)
                : SearchCursor.decode(cursor, search);
        SearchResponse<Letter> response;
        try {
            response = run(query, sort, facets, s -> {
                s.pit(p -> p.id(from.pit()).keepAlive(k -> k.time(KEEP_ALIVE))).size(size);
                if (!from.after().isEmpty()) {
                    s.searchAfter(from.searchAfter());
                }
                return s;
            });
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                throw new IllegalArgumentException("the cursor has expired (unused for more than " + KEEP_ALIVE
                        + "); start again with cursor=start");
            }
            throw e;
        }
        List<Hit<Letter>> hits = response.hits().hits();
        String next = hits.size() < size ? null : new SearchCursor(response.pitId() != null ? response.pitId() : from.pit(),
                hits.get(hits.size() - 1).sort().stream().map(SearchCursor::plain).toList(), search).encode();
        return answer(query, response, 0, size, facets, next);
    }

    /** Counts only, for leaders and the filter panel. */
    Facets facets(LetterQuery query) {
        try {
            SearchResponse<Letter> response = client.search(s -> s.index(alias).size(0).trackTotalHits(t -> t.enabled(true))
                    .query(query.query()).aggregations(FacetAggregations.build()), Letter.class);
            audit.record(AuditEvent.of("facets").query(query.typed()).filters(query.filters().describe())
                    .count(response.hits().total().value()));
            return FacetAggregations.read(response.aggregations());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every result up to {@code max}, as the reader may see it, for exports; each batch is audited before it is handed on. */
    public void export(LetterQuery query, LetterSort sort, int max, Consumer<LetterHit> rows) {
        scan(query, sort, max, hits -> {
            audit.record(AuditEvent.of("export").query(query.typed()).filters(query.filters().describe())
                    .letters(hits.stream().map(Hit::id).toList())
                    .disclosed(LetterHits.disclosures(query.reader(), hits)).count(hits.size()));
            Map<String, List<Snippet>> snippets = snippetPages.place(query.reader(), hits);
            hits.forEach(h -> rows.accept(LetterHits.of(query.reader(), h, snippets.get(h.id()))));
        });
    }

    private void scan(LetterQuery query, LetterSort sort, int max, Consumer<List<Hit<Letter>>> batches) {
        String pit = openPit();
        List<FieldValue> after = List.of();
        int sent = 0;
        while (sent < max) {
            int size = Math.min(500, max - sent);
            List<FieldValue> searchAfter = after;
            SearchResponse<Letter> response = run(query, sort, false, s -> {
                s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE))).size(size);
                if (!searchAfter.isEmpty()) {
                    s.searchAfter(searchAfter);
                }
                return s;
            });
            List<Hit<Letter>> hits = response.hits().hits();
            if (hits.isEmpty()) {
                break;
            }
            batches.accept(hits);
            sent += hits.size();
            after = hits.get(hits.size() - 1).sort();
        }
        try {
            client.closePointInTime(c -> c.id(pit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String openPit() {
        try {
            return client.openPointInTime(o -> o.index(alias).keepAlive(k -> k.time(KEEP_ALIVE))).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResponse<Letter> run(LetterQuery query, LetterSort sort, boolean facets,
                                       java.util.function.Function<SearchRequest.Builder, SearchRequest.Builder> paging) {
        return send(request(query, sort, facets, paging));
    }

    private SearchResponse<Letter> send(SearchRequest request) {
        try {
            return client.search(request, Letter.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchRequest request(LetterQuery query, LetterSort sort, boolean facets,
                                         java.util.function.Function<SearchRequest.Builder, SearchRequest.Builder> paging) {
        return SearchRequest.of(s -> {
            paging.apply(s)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes(LetterFields.RAW_TEXT, LetterFields.TEXT, LetterFields.REDACTED_TEXT)))
                    .query(query.query())
                    .sort(sort.options())
                    .highlight(h -> {
                        h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                                .fragmentSize(SNIPPET_CHARS).numberOfFragments(SNIPPETS);
                        for (TextFields form : List.of(TextFields.FULL, TextFields.REDACTED)) {
                            h.fields(form.exact(), hf -> hf).fields(form.words(), hf -> hf).fields(form.folded(), hf -> hf);
                        }
                        return h;
                    });
            if (facets) {
                s.aggregations(FacetAggregations.build());
            }
            return s;
        });
    }

    private LetterSearchResult answer(LetterQuery query, SearchResponse<Letter> response, int page, int size,
                                      boolean facets, String next) {
        List<Hit<Letter>> hits = response.hits().hits();
        // The record is written while snippets are placed and the answer is shaped, and acknowledged before it is sent.
        AuditTrail.Pending recorded = audit.start(AuditEvent.of("search").query(query.typed()).filters(query.filters().describe())
                .letters(hits.stream().map(Hit::id).toList())
                .disclosed(LetterHits.disclosures(query.reader(), hits))
                .count(response.hits().total().value()));
        Map<String, List<Snippet>> snippets = snippetPages.place(query.reader(), hits);
        LetterSearchResult result = new LetterSearchResult(query.typed(), response.hits().total().value(), page, size,
                hits.stream().map(h -> LetterHits.of(query.reader(), h, snippets.get(h.id()))).toList(),
                facets ? FacetAggregations.read(response.aggregations()) : null, next);
        recorded.acknowledged();
        return result;
    }
}
