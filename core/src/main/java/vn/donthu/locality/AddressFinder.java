package vn.donthu.locality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.donthu.analysis.VietnameseFolder;

/**
 * Finds the addresses in a letter: what follows "Địa chỉ:", "trú tại", "thường trú", "ngụ tại" and
 * the like, and lines that start with a hamlet or street ("thôn", "xóm", "ấp", "tổ dân phố").
 * Matching is done on folded text, so that letters typed without diacritics are read too.
 */
public final class AddressFinder {

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the letter's text. */
    public record AddressPhrase(int start, int end, String text) {
    }

    private static final int LONGEST_ADDRESS = 200;

    private static final Pattern AFTER_LABEL = Pattern.compile(
            "\\b(?:dia chi(?: thuong tru| tam tru| lien he| hien nay)?|d/c|tru tai|thuong tru(?: tai)?"
                    + "|tam tru(?: tai)?|cu tru(?: tai)?|ngu tai|noi o(?: hien nay)?|cho o(?: hien nay)?"
                    + "|ho khau thuong tru|hktt|que quan|nguyen quan|song tai|o tai"
                    // "ở" alone only when a hamlet, street or commune follows: "ở xóm 5, xã Tân Đức".
                    + "|o(?= (?:so nha|so \\d|thon|xom|ap|to|khu|khom|ban|xa|phuong|thi tran)\\b))"
                    + "(?:\\s+(?:hien nay|hien tai|tai))?\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LINE_START = Pattern.compile(
            "(?m)^[ \\t\\-•*]*(?=(?:thon|xom|ap|to dan pho|khu pho|so nha|khom|khoi)\\s+\\S|to\\s+\\d)",
            Pattern.CASE_INSENSITIVE);

    /** Words after which a full stop abbreviates rather than ends a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("x", "h", "p", "q", "t", "tp", "tx", "tt", "f", "kp", "to", "so");

    private AddressFinder() {
    }

    public static List<AddressPhrase> find(String letterText) {
        String text = Normalizer.normalize(letterText, Normalizer.Form.NFC);
        String folded = VietnameseFolder.fold(text).toLowerCase(Locale.ROOT);
        if (folded.length() != text.length()) {
            // Folding dropped marks that do not compose; offsets would not line up.
            folded = text.toLowerCase(Locale.ROOT);
        }
        List<AddressPhrase> phrases = new ArrayList<>();
        Matcher label = AFTER_LABEL.matcher(folded);
        while (label.find()) {
            add(phrases, text, label.end());
        }
        Matcher line = LINE_START.matcher(folded);
        while (line.find()) {
            add(phrases, text, line.end());
        }
        phrases.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return phrases;
    }

    private static void add(List<AddressPhrase> phrases, String text, int start) {
        int end = end(text, start);
        String phrase = text.substring(start, end).strip();
        if (phrase.isEmpty() || phrases.stream().anyMatch(p -> p.start() <= start && start < p.end())) {
            return;
        }
        phrases.add(new AddressPhrase(start, start + text.substring(start, end).stripTrailing().length(), phrase));
    }

    /** The end of the line, or of the sentence, or {@link #LONGEST_ADDRESS} characters on. */
    private static int end(String text, int start) {
        int limit = Math.min(text.length(), start + LONGEST_ADDRESS);
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == ';') {
                return i;
            }
            if (c == '.' && endsSentence(text, start, i)) {
                return i;
            }
        }
        return limit;
    }

    private static boolean endsSentence(String text, int start, int dot) {
        int wordStart = dot;
        while (wordStart > start && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = VietnameseFolder.fold(text.substring(wordStart, dot)).toLowerCase(Locale.ROOT);
        boolean digitsAround = !word.isEmpty() && Character.isDigit(word.charAt(word.length() - 1))
                && dot + 1 < text.length() && Character.isDigit(text.charAt(dot + 1));
        return !ABBREVIATIONS.contains(word) && !digitsAround;
    }
}
