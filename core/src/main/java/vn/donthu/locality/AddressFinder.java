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
    /** The rest of a unit's name at the start of a line: a few capitalised words, then a pause or the end. */
    private static final Pattern NAME_REST = Pattern.compile("(?:\\p{Lu}\\p{L}*\\s?){1,3}(?:[,.;]|$)");
    /** A colon this near the start of a line makes it a field of its own ("Số điện thoại: ..."). */
    private static final int LABEL_REACH = 30;

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
        String text = Normalizer.isNormalized(letterText, Normalizer.Form.NFC)
                ? letterText : Normalizer.normalize(letterText, Normalizer.Form.NFC);
        String folded = VietnameseFolder.foldAligned(text);
        List<AddressPhrase> phrases = new ArrayList<>();
        Matcher label = AFTER_LABEL.matcher(folded);
        while (label.find()) {
            add(phrases, text, folded, label.end());
        }
        Matcher line = LINE_START.matcher(folded);
        while (line.find()) {
            add(phrases, text, folded, line.end());
        }
        phrases.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return phrases;
    }

    private static void add(List<AddressPhrase> phrases, String text, String folded, int start) {
        int end = end(text, folded, start);
        String phrase = text.substring(start, end).strip();
        if (phrase.isEmpty() || phrases.stream().anyMatch(p -> p.start() <= start && start < p.end())) {
            return;
        }
        // A line wrapped inside the address reads as one line: "tỉnh Quảng⏎Nam" is "tỉnh Quảng Nam".
        phrases.add(new AddressPhrase(start, start + text.substring(start, end).stripTrailing().length(),
                phrase.replace("\r\n", " \n").replace('\n', ' ').replace('\r', ' ')));
    }

    /**
     * The end of the line, or of the sentence, or {@link #LONGEST_ADDRESS} characters on. A line that
     * breaks inside the address (see {@link #wraps}) does not end it.
     */
    private static int end(String text, String folded, int start) {
        int limit = Math.min(text.length(), start + LONGEST_ADDRESS);
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if ((c == '\n' || c == '\r') && !wraps(text, folded, start, i) || c == ';' && !markerFollows(folded, i + 1)) {
                return i;
            }
            if (c == '.' && endsSentence(text, start, i)) {
                return i;
            }
        }
        return limit;
    }

    /**
     * Whether the line break at {@code newline} falls inside the address, as when a page's line is
     * full: the line ends on a comma, on a unit's word ("tỉnh", "thành"), or inside a unit's name
     * whose rest opens the next line ("tỉnh Quảng⏎Nam.", "thành phố Hồ⏎Chí Minh"). The next line must
     * go on with the address, not open a field ("Điện thoại:") or an item ("2.", "-").
     */
    private static boolean wraps(String text, String folded, int start, int newline) {
        int next = newline + 1;
        int nextEnd = text.indexOf('\n', next);
        String nextLine = text.substring(next, nextEnd < 0 ? text.length() : nextEnd).strip();
        if (nextLine.isEmpty() || !Character.isLetter(nextLine.charAt(0))
                || nextLine.substring(0, Math.min(nextLine.length(), LABEL_REACH)).indexOf(':') >= 0) {
            return false;
        }
        String before = folded.substring(start, newline).strip();
        if (before.endsWith(",")) {
            return true;
        }
        String lastPart = before.substring(before.lastIndexOf(',') + 1).strip();
        String[] words = lastPart.replaceFirst("^[^\\p{L}\\p{N}]+", "").split("[^\\p{L}\\p{N}]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        // A unit's word ending the line is written in lower case ("tỉnh", "thành"), or abbreviated
        // ("TP."); a capitalised word there ends a name ("Long Thành").
        String lastWord = words[words.length - 1];
        String written = text.substring(start, newline).strip();
        String wordsOnly = written.replaceFirst("[^\\p{L}\\p{N}]+$", "");
        boolean lowerCase = Character.isLowerCase(wordsOnly.charAt(wordsOnly.length() - lastWord.length()));
        boolean abbreviated = written.endsWith(".") && lastWord.length() <= 2;
        return AddressMarkers.isMarkerWord(lastWord) && (lowerCase || abbreviated)
                || AddressMarkers.isMarkerWord(words[0]) && NAME_REST.matcher(nextLine).lookingAt();
    }

    /**
     * Whether a unit's word comes next ("; xã Hàm Ninh", "; thành phố Long Xuyên"): then a semicolon
     * is a comma OCR misread, not the end of the address.
     */
    private static boolean markerFollows(String folded, int from) {
        int at = from;
        while (at < folded.length() && folded.charAt(at) == ' ') {
            at++;
        }
        int end = at;
        while (end < folded.length() && Character.isLetter(folded.charAt(end))) {
            end++;
        }
        return end > at && end - at > 1 && AddressMarkers.isMarkerWord(folded.substring(at, end));
    }

    private static boolean endsSentence(String text, int start, int dot) {
        int wordStart = dot;
        while (wordStart > start && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = VietnameseFolder.fold(text.substring(wordStart, dot)).toLowerCase(Locale.ROOT);
        // A sentence's full stop is followed by a space or the line's end; one glued to the next word
        // is part of a number ("số 12.5") or a speck or misread comma ("khu phố.3, phường 1").
        boolean glued = dot + 1 < text.length() && Character.isLetterOrDigit(text.charAt(dot + 1));
        return !ABBREVIATIONS.contains(word) && !glued;
    }
}
