package vn.donthu.ingest.understand.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;
import vn.donthu.letter.LetterKind;

/**
 * The subject field of a letter in the official statistics categories, and its finer topics, from
 * weighted phrases ({@code subjects.tsv}) found in its folded text. Phrases in the title and in the
 * "V/v" line count double: they say what the letter is about in the sender's own summary.
 */
public final class SubjectReader {

    private static final PhraseTable PHRASES = PhraseTable.load("/vn/donthu/ingest/understand/subjects.tsv");
    private static final int TOPIC_MIN_WEIGHT = 2;
    /** The summary at the top: title and "V/v ..." line. */
    private static final int SUMMARY_CHARS = 700;

    private SubjectReader() {
    }

    public record Subject(Found<String> field, List<Found<String>> topics) {
    }

    public static Subject read(FoldedText text, List<LetterKind> kinds) {
        // The main kind (the first) decides which list of categories applies.
        String group = !kinds.isEmpty() && kinds.get(0) == LetterKind.TO_CAO ? "to_cao" : "khieu_nai";
        String fieldPrefix = "field:" + group + ":";
        Map<String, Integer> weights = new HashMap<>();
        Map<String, Found<String>> evidence = new LinkedHashMap<>();
        int summaryEnd = summaryEnd(text);
        int[] addressees = addressees(text);
        String folded = text.folded();
        PHRASES.forEachMatch(text, (entry, at) -> {
            if (at >= addressees[0] && at < addressees[1]) {
                return;
            }
            String target = entry.target();
            int weight = at < summaryEnd ? 2 * entry.weight() : entry.weight();
            if (target.startsWith("field:")) {
                // A category of the other kind's list still counts (a phản ánh about an official's
                // cover-up is "hành chính"), but the main kind's own list weighs double.
                weight *= target.startsWith(fieldPrefix) ? 2 : 1;
                target = "field:" + target.substring(target.lastIndexOf(':') + 1);
            }
            weights.merge(target, weight, Integer::sum);
            evidence.putIfAbsent(target, new Found<>(target, at, at + entry.phrase().length()));
        });
        Found<String> field = null;
        int best = 0;
        List<Found<String>> topics = new ArrayList<>();
        for (Map.Entry<String, Found<String>> found : evidence.entrySet()) {
            String target = found.getKey();
            int weight = weights.get(target);
            Found<String> span = found.getValue();
            if (target.startsWith("topic:")) {
                if (weight >= TOPIC_MIN_WEIGHT) {
                    topics.add(new Found<>(target.substring("topic:".length()), span.start(), span.end()));
                }
            } else if (weight > best) {
                best = weight;
                field = new Found<>(target.substring("field:".length()), span.start(), span.end());
            }
        }
        if (field == null && !kinds.isEmpty()) {
            field = new Found<>(group.equals("to_cao") ? "hanh_chinh" : "khac", 0, 0);
        }
        return new Subject(field, topics);
    }

    /** The "Kính gửi" block: the bodies a letter goes to say nothing of what it is about. */
    private static int[] addressees(FoldedText text) {
        int start = text.folded().indexOf("kinh gui");
        if (start < 0) {
            return new int[] {0, 0};
        }
        int end = text.lineEnd(start);
        while (end + 1 < text.folded().length()) {
            String next = text.folded().substring(end + 1, text.lineEnd(end + 1)).strip();
            if (!next.startsWith("-") && !next.startsWith("+") && !next.startsWith("dong kinh gui")) {
                break;
            }
            end = text.lineEnd(end + 1);
        }
        return new int[] {start, end};
    }

    private static int summaryEnd(FoldedText text) {
        int vv = text.folded().indexOf("v/v");
        if (vv >= 0 && vv < SUMMARY_CHARS * 2) {
            return text.lineEnd(vv);
        }
        return Math.min(text.folded().length(), SUMMARY_CHARS);
    }
}
