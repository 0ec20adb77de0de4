package vn.donthu.api.matter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.donthu.api.audit.AuditEvent;
import vn.donthu.api.audit.AuditTrail;
import vn.donthu.api.search.FacetAggregations;
import vn.donthu.api.search.FacetAggregations.LocalityCounts;
import vn.donthu.api.search.Facets.FacetCount;
import vn.donthu.api.search.LetterQuery;
import vn.donthu.matter.MatterFlag;
import vn.donthu.matter.Matter;
import vn.donthu.matter.MatterStatus;

/**
 * Search over matters: the words typed choose matters through their letters ({@link MatchingMatters}),
 * the filters and facets then run on the matters index, so that every count is a count of matters.
 * Sorted by date or size, Elasticsearch pages the matters; by relevance, the matters kept by the
 * filters are put in the order of their best letters and the page is cut here. Every search is audited before its results are returned.
 */
@Service
class MatterSearch {

    private final ElasticsearchClient client;
    private final Matters matters;
    private final MatchingMatters matching;
    private final AuditTrail audit;

    MatterSearch(ElasticsearchClient client, Matters matters, MatchingMatters matching, AuditTrail audit) {
        this.client = client;
        this.matters = matters;
        this.matching = matching;
        this.audit = audit;
    }

    MatterSearchResult search(LetterQuery words, MatterFilters filters, MatterSort sort, int page, int size, boolean facets) {
        boolean typed = !words.parsed().isEmpty();
        if (sort == MatterSort.RELEVANCE && !typed) {
            throw new IllegalArgumentException("sort=relevance needs words to search for ('q'); sort by last_letter or letter_count");
        }
        MatchingMatters.Matches matches = typed ? matching.find(words) : null;
        Query chosen = Query.of(q -> q.bool(b -> {
            b.filter(filters.queries());
            if (matches != null) {
                b.filter(f -> f.terms(t -> t.field("id").terms(v -> v.value(matches.scores().keySet().stream().map(FieldValue::of).toList()))));
            }
            return b;
        }));
        MatterSearchResult result = sort == MatterSort.RELEVANCE
                ? byRelevance(words, chosen, matches, page, size, facets)
                : sorted(words, chosen, matches, sort, page, size, facets);
        audit.record(AuditEvent.of("matter_search").query(words.typed()).filters(filters.describe()).count(result.total()));
        return result;
    }

    /** The matters in the order of their best letters' scores: the filters choose among them, the page is cut here. */
    private MatterSearchResult byRelevance(LetterQuery words, Query chosen, MatchingMatters.Matches matches, int page, int size,
                                           boolean facets) {
        SearchResponse<Void> kept = run(s -> s.size(matches.scores().size()).source(src -> src.fetch(false)).query(chosen), facets,
                Void.class);
        Set<String> ids = kept.hits().hits().stream().map(Hit::id).collect(Collectors.toSet());
        List<String> ranked = matches.scores().keySet().stream().filter(ids::contains).toList();
        List<String> shown = ranked.subList(Math.min(ranked.size(), page * size), Math.min(ranked.size(), (page + 1) * size));
        Map<String, Matter> found = matters.getAll(shown);
        List<MatterHit> hits = shown.stream().filter(found::containsKey)
                .map(id -> new MatterHit(MatterFacts.of(found.get(id)), matches.scores().get(id), matches.letters().get(id))).toList();
        return new MatterSearchResult(words.typed(), ranked.size(), page, size, matches.capped(), hits,
                facets ? read(kept.aggregations()) : null);
    }

    private MatterSearchResult sorted(LetterQuery words, Query chosen, MatchingMatters.Matches matches, MatterSort sort, int page,
                                      int size, boolean facets) {
        SearchResponse<Matter> response = run(s -> s.from(page * size).size(size).source(Matters.WITHOUT_INTERNALS).query(chosen)
                .sort(sort.options()), facets, Matter.class);
        List<MatterHit> hits = response.hits().hits().stream().map(h -> new MatterHit(MatterFacts.of(h.source()),
                matches == null ? null : matches.scores().get(h.id()), matches == null ? null : matches.letters().get(h.id()))).toList();
        return new MatterSearchResult(words.typed(), response.hits().total().value(), page, size,
                matches != null && matches.capped(), hits, facets ? read(response.aggregations()) : null);
    }

    private <T> SearchResponse<T> run(Function<SearchRequest.Builder, SearchRequest.Builder> request, boolean facets, Class<T> type) {
        try {
            return client.search(s -> {
                request.apply(s.index(matters.alias()).trackTotalHits(t -> t.enabled(true)));
                if (facets) {
                    s.aggregations(aggregations());
                }
                return s;
            }, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Aggregation> aggregations() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put("status", FacetAggregations.terms("status", MatterStatus.values().length));
        for (MatterFlag flag : MatterFlag.values()) {
            aggs.put("flag_" + flag.value(), Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(flag.value()).value(true)))));
        }
        aggs.put("kind", FacetAggregations.terms("kinds", 10));
        aggs.put("subject_field", FacetAggregations.terms("subject_field", 20));
        aggs.put("highest_level", FacetAggregations.terms("highest_level", 10));
        aggs.putAll(FacetAggregations.localities("locality."));
        return aggs;
    }

    private static MatterFacets read(Map<String, Aggregate> aggs) {
        List<FacetCount> flags = java.util.Arrays.stream(MatterFlag.values())
                .map(f -> new FacetCount(f.value(), null, aggs.get("flag_" + f.value()).filter().docCount(), List.of())).toList();
        LocalityCounts places = FacetAggregations.readLocalities(aggs);
        return new MatterFacets(FacetAggregations.counts(aggs.get("status")), flags, FacetAggregations.counts(aggs.get("kind")),
                FacetAggregations.counts(aggs.get("subject_field")), FacetAggregations.counts(aggs.get("highest_level")),
                places.province(), places.locality2008(), places.locality2025());
    }
}
