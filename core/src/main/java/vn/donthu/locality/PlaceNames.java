package vn.donthu.locality;

import java.text.Normalizer;
import java.util.Locale;
import vn.donthu.analysis.VietnameseFolder;

/**
 * The form place names are compared in: folded (no diacritics, đ→d), lower case, words separated by
 * one space, numbers without leading zeros. OCR that misreads a tone mark and text typed without a
 * Vietnamese keyboard both reach the same key as the official name.
 */
final class PlaceNames {

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

    /** One word already folded and lower-cased: "05" → "5". */
    static String word(String folded) {
        if (folded.chars().allMatch(Character::isDigit)) {
            String stripped = folded.replaceFirst("^0+(?=.)", "");
            return stripped;
        }
        return folded;
    }

    static String nfc(String text) {
        return Normalizer.normalize(text.trim(), Normalizer.Form.NFC);
    }
}
