package vn.donthu.api.search.bench;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One query of the judged set, as an inspector would type it, with what the ground truth says about
 * the letters: grade 2 = what the query is after, 1 = partly relevant (see {@link JudgedQueries}).
 *
 * @param kind     what the query is made of ("name + place", "document number", ...)
 * @param folded   typed without diacritics
 * @param split    "dev" (the queries ranking may be tuned on) or "test" (held out); both forms of one
 *                 query, and all queries about one matter, share a split
 * @param grades   by generated letter id; letters not listed are grade 0
 */
public record JudgedQuery(String id, String kind, String text, boolean folded, String split, Map<String, Integer> grades) {

    public JudgedQuery {
        grades = Collections.unmodifiableMap(new TreeMap<>(grades));
    }
}
