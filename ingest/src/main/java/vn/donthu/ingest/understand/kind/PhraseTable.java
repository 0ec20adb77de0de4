package vn.donthu.ingest.understand.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.config.TsvResource;
import vn.donthu.ingest.understand.FoldedText;

/**
 * Weighted phrases read from a tab-separated resource ({@code TARGET WEIGHT PHRASE}, '#' comments),
 * so that the words that point to a subject are data an expert can extend, not code.
 */
record PhraseTable(List<Entry> entries, Map<String, List<Entry>> byFirstWord) {

    record Entry(String target, int weight, String phrase) {
    }

    /** Each phrase found on whole words of the folded text, with where it starts. */
    void forEachMatch(FoldedText text, BiConsumer<Entry, Integer> each) {
        String folded = text.folded();
        for (int w = 0; w < text.wordCount(); w++) {
            List<Entry> candidates = byFirstWord.get(text.word(w));
            if (candidates == null) {
                continue;
            }
            int at = text.wordStart(w);
            for (Entry entry : candidates) {
                int end = at + entry.phrase().length();
                if (folded.startsWith(entry.phrase(), at) && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)))) {
                    each.accept(entry, at);
                }
            }
        }
    }

    static PhraseTable load(String resource) {
        List<Entry> entries = TsvResource.rows(PhraseTable.class, resource, false, parts -> {
            if (parts.length != 3 || !parts[1].matches("\\d+")) {
                throw new IllegalArgumentException("expected TARGET<tab>WEIGHT<tab>PHRASE, got '" + String.join("\t", parts) + "'");
            }
            // Folded here too, so a phrase written with diacritics still matches.
            return new Entry(parts[0], Integer.parseInt(parts[1]), VietnameseFolder.fold(parts[2]).toLowerCase());
        });
        Map<String, List<Entry>> byFirstWord = new HashMap<>();
        for (Entry entry : entries) {
            byFirstWord.computeIfAbsent(entry.phrase().split(" ")[0], w -> new ArrayList<>()).add(entry);
        }
        return new PhraseTable(List.copyOf(entries), Map.copyOf(byFirstWord));
    }
}
