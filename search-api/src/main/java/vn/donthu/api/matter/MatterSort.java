package vn.donthu.api.matter;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import java.util.List;
import java.util.Locale;

/** Order of matters: best match first, the latest letter first, or the most letters first. */
enum MatterSort {
    RELEVANCE, LAST_LETTER, LETTER_COUNT;

    /** The order asked for; without one, relevance when words were typed, else the latest letter first. */
    static MatterSort parse(String name, boolean typed) {
        if (name == null || name.isBlank()) {
            return typed ? RELEVANCE : LAST_LETTER;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'sort' is relevance, last_letter or letter_count, not '" + name + "'");
        }
    }

    List<SortOptions> options() {
        SortOptions score = SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc)));
        SortOptions last = field("last_date");
        SortOptions id = SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
        return switch (this) {
            case RELEVANCE -> List.of(score, last, id);
            case LAST_LETTER -> List.of(last, id);
            case LETTER_COUNT -> List.of(field("letter_count"), last, id);
        };
    }

    private static SortOptions field(String name) {
        return SortOptions.of(s -> s.field(f -> f.field(name).order(SortOrder.Desc).missing("_last")));
    }
}
