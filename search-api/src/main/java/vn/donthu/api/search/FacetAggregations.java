package vn.donthu.api.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.api.search.Facets.FacetCount;

/** The aggregations behind {@link Facets}, and reading them back. */
final class FacetAggregations {

    private static final String L = LetterFilters.LOCALITY;
    private static final String LABEL = "label";
    private static final String CHILDREN = "children";

    /** A level of the locality hierarchy: the code field and the name field beside it. */
    private record Level(String code, String name, int size) {
    }

    private static final List<Level> UNITS_2008 = List.of(new Level(L + "province_code", L + "province_name", 70),
            new Level(L + "district_code", L + "district_name", 50), new Level(L + "commune_code", L + "commune_name", 50));
    private static final List<Level> UNITS_2025 = List.of(new Level(L + "province_code", L + "province_name", 40),
            new Level(L + "commune_code", L + "commune_name", 200));

    private FacetAggregations() {
    }

    static Map<String, Aggregation> build() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put("kind", terms("details.kinds", 10));
        aggs.put("subject_field", terms("details.subject_field", 20));
        aggs.put("recipient_level", terms("details.recipient.level", 10));
        aggs.put("province", hierarchy(List.of(new Level(L + "current_province_code", L + "current_province_name", 40))));
        aggs.put("locality_2008", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(L + "code_list").value("2008")))
                .aggregations(CHILDREN, hierarchy(UNITS_2008))));
        aggs.put("locality_2025", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(L + "code_list").value("2025")))
                .aggregations(CHILDREN, hierarchy(UNITS_2025))));
        aggs.put("letter_year", Aggregation.of(a -> a.dateHistogram(h -> h.field("details.letter_date")
                .calendarInterval(CalendarInterval.Year).format("yyyy").minDocCount(1))));
        aggs.put("crowded", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field("details.crowded").value(true)))));
        aggs.put("over_level", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field("details.over_level").value(true)))));
        return aggs;
    }

    static Facets read(Map<String, Aggregate> aggs) {
        return new Facets(counts(aggs.get("kind")), counts(aggs.get("subject_field")), counts(aggs.get("recipient_level")),
                counts(aggs.get("province")), counts(aggs.get("locality_2008").filter().aggregations().get(CHILDREN)),
                counts(aggs.get("locality_2025").filter().aggregations().get(CHILDREN)),
                aggs.get("letter_year").dateHistogram().buckets().array().stream()
                        .map(b -> new FacetCount(b.keyAsString(), null, b.docCount(), List.of())).toList(),
                aggs.get("crowded").filter().docCount(), aggs.get("over_level").filter().docCount());
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private static Aggregation hierarchy(List<Level> levels) {
        Level top = levels.get(0);
        return Aggregation.of(a -> {
            var builder = a.terms(t -> t.field(top.code()).size(top.size()));
            builder.aggregations(LABEL, terms(top.name(), 1));
            if (levels.size() > 1) {
                builder.aggregations(CHILDREN, hierarchy(levels.subList(1, levels.size())));
            }
            return builder;
        });
    }

    private static List<FacetCount> counts(Aggregate aggregate) {
        if (aggregate == null || !aggregate.isSterms()) {
            return List.of();
        }
        return aggregate.sterms().buckets().array().stream().map(FacetAggregations::count).toList();
    }

    private static FacetCount count(StringTermsBucket bucket) {
        Aggregate label = bucket.aggregations().get(LABEL);
        String name = label != null && label.isSterms() && !label.sterms().buckets().array().isEmpty()
                ? label.sterms().buckets().array().get(0).key().stringValue() : null;
        return new FacetCount(bucket.key().stringValue(), name, bucket.docCount(), counts(bucket.aggregations().get(CHILDREN)));
    }
}
