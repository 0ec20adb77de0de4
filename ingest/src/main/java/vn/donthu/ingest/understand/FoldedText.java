package vn.donthu.ingest.understand;

import vn.donthu.analysis.VietnameseFolder;

/**
 * A letter's text beside its lower-case, diacritic-free form of the same length, so that patterns
 * written once without diacritics match "khiếu nại", "khieu nai" and OCR slips such as "Úy ban"
 * alike, and every match is also a span of the original text.
 */
public final class FoldedText {

    private final String text;
    private final String folded;
    /** Where each run of letters and digits in {@link #folded} starts, and the run itself; read once, on first use. */
    private int[] wordStarts;
    private String[] words;

    private FoldedText(String text, String folded) {
        this.text = text;
        this.folded = folded;
    }

    public static FoldedText of(String text) {
        return new FoldedText(text, VietnameseFolder.foldAligned(text));
    }

    /** The text as given, NFC with diacritics. */
    public String text() {
        return text;
    }

    /** Lower case without diacritics, char for char the same positions as {@link #text()}. */
    public String folded() {
        return folded;
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }

    public int wordCount() {
        words();
        return words.length;
    }

    public int wordStart(int word) {
        words();
        return wordStarts[word];
    }

    /** The folded word. */
    public String word(int word) {
        words();
        return words[word];
    }

    private void words() {
        if (words != null) {
            return;
        }
        int[] starts = new int[folded.length() / 2 + 1];
        int[] ends = new int[starts.length];
        int count = 0;
        for (int i = 0; i < folded.length(); i++) {
            if (Character.isLetterOrDigit(folded.charAt(i))) {
                int end = i + 1;
                while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                    end++;
                }
                starts[count] = i;
                ends[count++] = end;
                i = end;
            }
        }
        String[] found = new String[count];
        for (int w = 0; w < count; w++) {
            found[w] = folded.substring(starts[w], ends[w]);
        }
        wordStarts = starts;
        words = found;
    }

    /** Where the line holding {@code offset} starts. */
    public int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** Where the line holding {@code offset} ends (its newline, or the end of the text). */
    public int lineEnd(int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }
}
