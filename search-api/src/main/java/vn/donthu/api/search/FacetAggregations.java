package vn.donthu.api.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.api.search.Facets.FacetCount;
import vn.donthu.letter.LetterFields;
import vn.donthu.matter.MatterFlag;
import vn.donthu.matter.MatterStatus;

/** The aggregations behind {@link Facets}, and reading them back; the locality and flag counts also serve matters. */
public final class FacetAggregations {

    private static final String L = LetterFilters.LOCALITY;
    private static final String FLAGS = "matter_flag";
    private static final String LABEL = "label";
    private static final String CHILDREN = "children";

    /** A level of the locality hierarchy: the code field and the name field beside it. */
    private record Level(String code, String name, int size) {
    }

    /** The counts of one kind of locality hierarchy, read back from {@link #localities}. */
    public record LocalityCounts(List<FacetCount> province, List<FacetCount> locality2008, List<FacetCount> locality2025) {
    }

    private FacetAggregations() {
    }

    static Map<String, Aggregation> build() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put("kind", terms("details.kinds", 10));
        aggs.put("subject_field", terms("details.subject_field", 20));
        aggs.put("recipient_level", terms("details.recipient.level", 10));
        aggs.putAll(localities(L));
        aggs.put("letter_year", Aggregation.of(a -> a.dateHistogram(h -> h.field("details.letter_date")
                .calendarInterval(CalendarInterval.Year).format("yyyy").minDocCount(1))));
        aggs.put("crowded", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field("details.crowded").value(true)))));
        aggs.put("over_level", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field("details.over_level").value(true)))));
        aggs.put(FLAGS, terms(LetterFields.MATTER_FLAGS, MatterFlag.values().length));
        aggs.put("matter_status", terms(LetterFields.MATTER_STATUS, MatterStatus.values().length));
        return aggs;
    }

    static Facets read(Map<String, Aggregate> aggs) {
        LocalityCounts places = readLocalities(aggs);
        return new Facets(counts(aggs.get("kind")), counts(aggs.get("subject_field")), counts(aggs.get("recipient_level")),
                places.province(), places.locality2008(), places.locality2025(),
                aggs.get("letter_year").dateHistogram().buckets().array().stream()
                        .map(b -> new FacetCount(b.keyAsString(), null, b.docCount(), List.of())).toList(),
                aggs.get("crowded").filter().docCount(), aggs.get("over_level").filter().docCount(),
                counts(aggs.get(FLAGS)), counts(aggs.get("matter_status")));
    }

    /**
     * Counts by the province in force (old provinces counted in the one they merged into), and the
     * hierarchies of each code list, over the locality object at {@code prefix} ("details.locality.").
     */
    public static Map<String, Aggregation> localities(String prefix) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put("province", hierarchy(List.of(new Level(prefix + "current_province_code", prefix + "current_province_name", 40))));
        List<Level> units2008 = List.of(new Level(prefix + "province_code", prefix + "province_name", 70),
                new Level(prefix + "district_code", prefix + "district_name", 50),
                new Level(prefix + "commune_code", prefix + "commune_name", 50));
        List<Level> units2025 = List.of(new Level(prefix + "province_code", prefix + "province_name", 40),
                new Level(prefix + "commune_code", prefix + "commune_name", 200));
        aggs.put("locality_2008", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(prefix + "code_list").value("2008")))
                .aggregations(CHILDREN, hierarchy(units2008))));
        aggs.put("locality_2025", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(prefix + "code_list").value("2025")))
                .aggregations(CHILDREN, hierarchy(units2025))));
        return aggs;
    }

    public static LocalityCounts readLocalities(Map<String, Aggregate> aggs) {
        return new LocalityCounts(counts(aggs.get("province")),
                counts(aggs.get("locality_2008").filter().aggregations().get(CHILDREN)),
                counts(aggs.get("locality_2025").filter().aggregations().get(CHILDREN)));
    }

    public static Aggregation terms(String field, int size) {
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

    /** The buckets of a terms aggregation, with their labels and children where {@link #localities} added them. */
    public static List<FacetCount> counts(Aggregate aggregate) {
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
