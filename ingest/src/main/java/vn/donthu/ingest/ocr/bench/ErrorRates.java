package vn.donthu.ingest.ocr.bench;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Character and syllable error rates of OCR output against its ground truth: edit distance over
 * the truth's length, after both are put in NFC with runs of white space made one space (line
 * breaks are layout, not content).
 */
final class ErrorRates {

    private ErrorRates() {
    }

    static double characterErrorRate(String truth, String read) {
        int[] expected = normalise(truth).codePoints().toArray();
        int[] actual = normalise(read).codePoints().toArray();
        return (double) distance(expected, actual) / Math.max(1, expected.length);
    }

    static double syllableErrorRate(String truth, String read) {
        List<String> expected = syllables(truth);
        List<String> actual = syllables(read);
        Map<String, Integer> ids = new HashMap<>();
        int[] e = expected.stream().mapToInt(s -> ids.computeIfAbsent(s, k -> ids.size())).toArray();
        int[] a = actual.stream().mapToInt(s -> ids.computeIfAbsent(s, k -> ids.size())).toArray();
        return (double) distance(e, a) / Math.max(1, e.length);
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Syllables as the reader sees them: punctuation attached to a word is part of what it got wrong or right. */
    private static List<String> syllables(String text) {
        String normal = normalise(text);
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
    }

    private static int distance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
