package vn.donthu.api.search;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import java.util.List;
import java.util.Locale;

/** Result order: best match first, or by the letter's date (letters without a known date last). */
public enum LetterSort {
    RELEVANCE, NEWEST, OLDEST;

    public static LetterSort parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'sort' is relevance, newest or oldest, not '" + name + "'");
        }
    }

    List<SortOptions> options() {
        return switch (this) {
            case RELEVANCE -> List.of(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
            case NEWEST -> List.of(date(SortOrder.Desc), SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
            case OLDEST -> List.of(date(SortOrder.Asc), SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
        };
    }

    private static SortOptions date(SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field("details.letter_date").order(order).missing("_last")));
    }
}
