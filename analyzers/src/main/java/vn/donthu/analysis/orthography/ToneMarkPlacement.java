package vn.donthu.analysis.orthography;

import java.util.Optional;

/**
 * Puts the tone mark of a syllable on one letter, so that the two ways Vietnamese is written
 * ("hòa" and "hoà", "khỏe" and "khoẻ", "thủy" and "thuỷ") become one spelling.
 *
 * <p>The styles differ only in open syllables whose rhyme is oa, oe or uy:
 * <ul>
 *   <li>{@link Style#TRADITIONAL}, the canonical one: the mark on the first vowel letter: hòa, khỏe,
 *       thủy, Ủy ban. It is the placement of most administrative documents and petition letters,
 *       so canonical forms look like the text they come from.</li>
 *   <li>{@link Style#MODERN}: the mark on the main vowel: hoà, khoẻ, thuỷ, as school books teach.</li>
 * </ul>
 * With a coda, both styles put the mark on the main vowel: hoàng, khoảng, ngoài, thuyền, khuỷu,
 * hoặc. So do they after qu and gi, whose u and i belong to the onset (quý, quả, già), in uê and
 * uơ (thuế, thuở), and in the diphthongs: on the second letter before a coda (tiến, muốn, người),
 * on the first in an open syllable (mía, mùa, mưa).
 *
 * <p>A mark elsewhere ("hòang", "muà", "gìa", "maì": typing mistakes) is moved where it belongs too.
 * A word that is not a Vietnamese syllable (see {@link VietnameseSyllable}) is returned unchanged.
 */
public final class ToneMarkPlacement {

    /** Where a syllable of oa, oe or uy without coda carries its tone mark. */
    public enum Style {
        /** hòa, khỏe, thủy: the canonical style. */
        TRADITIONAL,
        /** hoà, khoẻ, thuỷ. */
        MODERN
    }

    private ToneMarkPlacement() {
    }

    /** {@code syllable} with its tone mark placed in the {@link Style#TRADITIONAL traditional} style; letter case kept. */
    public static String canonical(String syllable) {
        return place(syllable, Style.TRADITIONAL);
    }

    /** {@code syllable} (NFC) with its tone mark placed in {@code style}; letter case kept. */
    public static String place(String syllable, Style style) {
        Optional<VietnameseSyllable> parsed = VietnameseSyllable.parse(syllable);
        if (parsed.isEmpty() || parsed.get().tone() == Tone.NGANG) {
            return syllable;
        }
        VietnameseSyllable parts = parsed.get();
        int from = parts.toneMarkIndex();
        int to = parts.toneMarkIndex(style);
        if (from == to) {
            return syllable;
        }
        char[] letters = syllable.toCharArray();
        letters[from] = VietnameseLetters.withTone(letters[from], Tone.NGANG);
        letters[to] = VietnameseLetters.withTone(letters[to], parts.tone());
        return new String(letters);
    }
}
