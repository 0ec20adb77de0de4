package vn.donthu.api.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * What an inspector typed, understood: groups of clauses joined by OR, each clause plain words or a
 * "quoted phrase", and -exclusions that apply to every group. Nothing a user types is an error: an
 * unclosed quote runs to the end, stray operators are ignored. No Elasticsearch syntax passes
 * through.
 *
 * @param groups     alternatives (typed with OR); a letter must match every clause of one group
 * @param exclusions clauses no returned letter may match
 */
public record UserQuery(List<List<Clause>> groups, List<Clause> exclusions) {

    /** A run of words (matched as a unit, so words and abbreviations are recognised) or a phrase. */
    public record Clause(String text, boolean phrase) {
    }

    public UserQuery {
        groups = groups.stream().map(List::copyOf).toList();
        exclusions = List.copyOf(exclusions);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public static UserQuery parse(String input) {
        List<List<Clause>> groups = new ArrayList<>();
        List<Clause> exclusions = new ArrayList<>();
        List<Clause> group = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = c == '-' && i + 1 < input.length() && !Character.isWhitespace(input.charAt(i + 1));
            int start = negated ? i + 1 : i;
            if (start < input.length() && input.charAt(start) == '"') {
                int close = input.indexOf('"', start + 1);
                int end = close < 0 ? input.length() : close;
                String phrase = input.substring(start + 1, end).strip();
                flushWords(words, group);
                if (!phrase.isEmpty()) {
                    (negated ? exclusions : group).add(new Clause(phrase, true));
                }
                i = close < 0 ? input.length() : close + 1;
                continue;
            }
            int end = start;
            while (end < input.length() && !Character.isWhitespace(input.charAt(end))) {
                end++;
            }
            String word = input.substring(start, end);
            i = end;
            if (negated) {
                exclusions.add(new Clause(word, false));
            } else if (word.equals("OR")) {
                flushWords(words, group);
                if (!group.isEmpty()) {
                    groups.add(group);
                    group = new ArrayList<>();
                }
            } else if (!word.equals("-")) {
                words.append(words.isEmpty() ? "" : " ").append(word);
            }
        }
        flushWords(words, group);
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return new UserQuery(groups, exclusions);
    }

    private static void flushWords(StringBuilder words, List<Clause> group) {
        if (!words.isEmpty()) {
            group.add(new Clause(words.toString(), false));
            words.setLength(0);
        }
    }
}
