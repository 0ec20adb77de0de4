package vn.donthu.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.util.List;

/** The filter clauses letter and matter filters are made of, and their "name=value" descriptions for the audit trail. */
public final class FilterQueries {

    private FilterQueries() {
    }

    public static void terms(List<Query> filters, String field, List<String> values) {
        if (!values.isEmpty()) {
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList())))));
        }
    }

    public static void term(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }

    public static void bool(List<Query> filters, String field, Boolean value) {
        if (value != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }

    /** Dates from {@code from} to {@code to}, both included; an end before the start is refused with the field named. */
    public static void range(List<Query> filters, String field, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(field + ": the end " + to + " is before the start " + from);
        }
        if (from != null || to != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field(field);
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lte(to.toString());
                }
                return d;
            }))));
        }
    }

    public static void note(List<String> applied, String name, Object value) {
        if (value != null) {
            applied.add(name + "=" + value);
        }
    }
}
