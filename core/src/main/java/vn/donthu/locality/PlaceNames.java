package vn.donthu.locality;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.donthu.analysis.VietnameseFolder;

/**
 * The form place names are compared in: folded (no diacritics, đ→d), lower case, words separated by
 * one space, numbers without leading zeros. OCR that misreads a tone mark and text typed without a
 * Vietnamese keyboard both reach the same key as the official name.
 */
final class PlaceNames {

    private static final Pattern I_OR_Y = Pattern.compile("(?:h|k|l|m|qu|s|t)i");

    private PlaceNames() {
    }

    static String key(String text) {
        String folded = VietnameseFolder.fold(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int end = i;
            while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                end++;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(word(folded.substring(i, end)));
            i = end;
        }
        return key.toString();
    }

    /**
     * One word already folded and lower-cased: "05" → "5"; the i/y doublets spelled with y, as
     * official names are ("Phú Quí" is "Phú Quý", "Kì Anh" is "Kỳ Anh").
     */
    static String word(String folded) {
        if (isNumber(folded)) {
            int zeros = 0;
            while (zeros < folded.length() - 1 && folded.charAt(zeros) == '0') {
                zeros++;
            }
            return folded.substring(zeros);
        }
        return folded.length() <= 3 && I_OR_Y.matcher(folded).matches()
                ? folded.substring(0, folded.length() - 1) + "y" : folded;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    static String nfc(String text) {
        return Normalizer.normalize(text.trim(), Normalizer.Form.NFC);
    }
}
