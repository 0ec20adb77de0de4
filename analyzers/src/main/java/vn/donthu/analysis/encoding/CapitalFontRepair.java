package vn.donthu.analysis.encoding;

import java.util.ArrayList;
import java.util.List;
import vn.donthu.analysis.orthography.Tone;
import vn.donthu.analysis.orthography.VietnameseLetters;

/**
 * Gives back their capitals to TCVN3 words typed in a capitals font. TCVN3 has no capital with a
 * tone mark, so a heading typed in .VnTimeH ("CỘNG HOÀ XÃ HỘI") has the small letters' codes for
 * its marked letters, and decodes to "CỘNG HOÀ Xã HộI" but for this repair.
 *
 * <p>Only a small letter with a tone mark can be such a capital. A word is in capitals if it has
 * no other small letter and two capitals at least ("HộI"); it is in small letters if it has another
 * small letter ("Đình"). A word that cannot tell ("Xã", "Mỹ": one capital, then a marked letter)
 * follows the word before it on the same line, or the one after it at the start of a line.
 */
final class CapitalFontRepair {

    private enum Case { CAPITALS, SMALL, UNKNOWN }

    private record Word(int start, int end, Case letterCase) {
    }

    private CapitalFontRepair() {
    }

    static void apply(DecodedTextBuilder text) {
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                applyToLine(text, lineStart, i);
                lineStart = i + 1;
            }
        }
    }

    private static void applyToLine(DecodedTextBuilder text, int start, int end) {
        List<Word> words = new ArrayList<>();
        for (int i = start; i < end; ) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            words.add(new Word(i, wordEnd, caseOf(text, i, wordEnd)));
            i = wordEnd;
        }
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            if (word.letterCase() == Case.CAPITALS
                    || (word.letterCase() == Case.UNKNOWN && neighbourCase(words, w) == Case.CAPITALS)) {
                for (int i = word.start(); i < word.end(); i++) {
                    text.setCharAt(i, Character.toUpperCase(text.charAt(i)));
                }
            }
        }
    }

    private static Case caseOf(DecodedTextBuilder text, int start, int end) {
        int capitals = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (Character.isLowerCase(c) && !hasToneMark(c)) {
                return Case.SMALL;
            }
        }
        return capitals >= 2 ? Case.CAPITALS : Case.UNKNOWN;
    }

    private static Case neighbourCase(List<Word> words, int index) {
        for (int w = index - 1; w >= 0; w--) {
            if (words.get(w).letterCase() != Case.UNKNOWN) {
                return words.get(w).letterCase();
            }
        }
        for (int w = index + 1; w < words.size(); w++) {
            if (words.get(w).letterCase() != Case.UNKNOWN) {
                return words.get(w).letterCase();
            }
        }
        return Case.UNKNOWN;
    }

    private static boolean hasToneMark(char c) {
        Tone tone = VietnameseLetters.toneOf(c);
        return tone != null && tone != Tone.NGANG;
    }
}
