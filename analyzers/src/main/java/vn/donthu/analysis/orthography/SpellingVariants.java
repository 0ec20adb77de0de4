package vn.donthu.analysis.orthography;

import java.util.Optional;
import java.util.Set;

/**
 * Gives one spelling to syllables that Vietnamese writes with i or with y for the same word: "kì" and
 * "kỳ" (kì họp, kỳ họp), "lí do" and "lý do", "quí" and "quý", "Mĩ" and "Mỹ", "tỉ lệ" and "tỷ lệ",
 * "hi sinh" and "hy sinh", "công ti" and "công ty". School books since the 1980s write i, the
 * administrative tradition writes y; both are in use.
 *
 * <p>The rule: in an open syllable whose rhyme is the vowel i or y alone, after the onsets h, k, l,
 * s, t and qu, the vowel is written y (the canonical spelling, as in administrative documents);
 * tone and letter case are kept. After m only a toned syllable is rewritten (mĩ, mì, mị, mỉ): "mi"
 * (lông mi, eyelash; hoa trà mi) and the given name "My" are different words. The one closed
 * syllable with the same double spelling, "quít"/"quýt", is rewritten too.
 *
 * <p>Nothing else is touched: not a syllable with a coda or a diphthong (kiến, kiểm, quyết, quyền,
 * lịch, tiền), not y without onset (y tá, ý kiến, ỷ lại), not the y of uy (thủy, tuy), not i after
 * other onsets (bi, chi, khi, thi, vi, which are never written with y but in a few given names).
 */
public final class SpellingVariants {

    private static final Set<String> VARIANT_ONSETS = Set.of("h", "k", "l", "s", "t", "qu");

    private SpellingVariants() {
    }

    /** {@code syllable} (NFC, any case) in its canonical spelling; anything else unchanged. */
    public static String canonical(String syllable) {
        Optional<VietnameseSyllable> parsed = VietnameseSyllable.parse(syllable);
        if (parsed.isEmpty() || !hasVariant(parsed.get())) {
            return syllable;
        }
        VietnameseSyllable parts = parsed.get();
        int index = parts.nucleusStart();
        char i = syllable.charAt(index);
        char y = Character.isUpperCase(i) ? 'Y' : 'y';
        char[] letters = syllable.toCharArray();
        letters[index] = VietnameseLetters.withTone(y, VietnameseLetters.toneOf(i));
        return new String(letters);
    }

    private static boolean hasVariant(VietnameseSyllable syllable) {
        if (!syllable.nucleus().equals("i") || !syllable.medial().isEmpty()) {
            return false;
        }
        String onset = syllable.onset();
        String coda = syllable.coda();
        if (onset.equals("qu")) {
            return coda.isEmpty() || coda.equals("t");
        }
        if (!coda.isEmpty()) {
            return false;
        }
        return VARIANT_ONSETS.contains(onset) || (onset.equals("m") && syllable.tone() != Tone.NGANG);
    }
}
