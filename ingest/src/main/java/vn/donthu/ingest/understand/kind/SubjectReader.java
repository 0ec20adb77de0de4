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
        String group = kinds.contains(LetterKind.TO_CAO) && !kinds.contains(LetterKind.KHIEU_NAI) ? "to_cao" : "khieu_nai";
        String fieldPrefix = "field:" + group + ":";
        Map<String, Integer> weights = new HashMap<>();
        Map<String, Found<String>> evidence = new LinkedHashMap<>();
        int summaryEnd = summaryEnd(text);
        String folded = text.folded();
        for (PhraseTable.Entry entry : PHRASES.entries()) {
            String target;
            if (entry.target().startsWith(fieldPrefix)) {
                target = entry.target().substring("field:".length());
            } else if (entry.target().startsWith("topic:")) {
                target = entry.target();
            } else {
                continue;
            }
            for (int at = folded.indexOf(entry.phrase()); at >= 0; at = folded.indexOf(entry.phrase(), at + 1)) {
                int end = at + entry.phrase().length();
                if (!isWord(folded, at, end)) {
                    continue;
                }
                weights.merge(target, at < summaryEnd ? 2 * entry.weight() : entry.weight(), Integer::sum);
                evidence.putIfAbsent(target, new Found<>(target, at, end));
            }
        }
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
                field = new Found<>(target.substring(group.length() + 1), span.start(), span.end());
            }
        }
        if (field == null && !kinds.isEmpty()) {
            field = new Found<>(group.equals("to_cao") ? "hanh_chinh" : "khac", 0, 0);
        }
        return new Subject(field, topics);
    }

    private static int summaryEnd(FoldedText text) {
        int vv = text.folded().indexOf("v/v");
        if (vv >= 0 && vv < SUMMARY_CHARS * 2) {
            return text.lineEnd(vv);
        }
        return Math.min(text.folded().length(), SUMMARY_CHARS);
    }

    static boolean isWord(String folded, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(folded.charAt(start - 1)))
                && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)));
    }
}
