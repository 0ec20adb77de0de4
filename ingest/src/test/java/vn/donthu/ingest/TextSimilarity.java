package vn.donthu.ingest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** How much of a ground-truth text an extraction recovered, counted in syllables. */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    /** Share of the expected syllables (with diacritics, case-insensitive) found in the actual text. */
    public static double syllableRecall(String expected, String actual) {
        Map<String, Integer> available = counts(actual);
        Map<String, Integer> wanted = counts(expected);
        long found = 0;
        long total = 0;
        for (Map.Entry<String, Integer> entry : wanted.entrySet()) {
            total += entry.getValue();
            found += Math.min(entry.getValue(), available.getOrDefault(entry.getKey(), 0));
        }
        return total == 0 ? 1 : (double) found / total;
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (String syllable : normal.split("[^\\p{L}\\p{N}]+")) {
            if (!syllable.isEmpty()) {
                counts.merge(syllable, 1, Integer::sum);
            }
        }
        return counts;
    }
}
