package vn.donthu.analysis.encoding;

import vn.donthu.analysis.orthography.Tone;
import vn.donthu.analysis.orthography.VietnameseLetters;

/**
 * VNI for Windows, the encoding of the VNI fonts (VNI-Times, VNI-Helve), common in the south. A
 * marked vowel is its base letter followed by one mark char: "eá" is ế (circumflex and sắc), "aø"
 * is à, "aê" is ă. Six letters are one char: ô is ơ, ö is ư, ñ is đ, and i with a tone is one of
 * í ì æ ó ò (í ì ỉ ĩ ị), ỵ is î. Upper-case letters take the upper-case marks ("AÙ" is Á).
 *
 * <p>Only the combinations VNI uses are decoded: a mark after a letter it does not go with (the é
 * of "café") is left alone.
 */
final class VniDecoder implements LegacyDecoder {

    private static final String TONE_MARKS = "ùøûõïÙØÛÕÏ";
    private static final Tone[] TONES = {Tone.SAC, Tone.HUYEN, Tone.HOI, Tone.NGA, Tone.NANG};
    private static final String CIRCUMFLEX_MARKS = "âáàåãäÂÁÀÅÃÄ";
    private static final String BREVE_MARKS = "êéèúüëÊÉÈÚÜË";
    /** Tone of the circumflex and breve marks, in their order: none, sắc, huyền, hỏi, ngã, nặng. */
    private static final Tone[] MODIFIER_TONES = {Tone.NGANG, Tone.SAC, Tone.HUYEN, Tone.HOI, Tone.NGA, Tone.NANG};
    private static final String SINGLE = "ôÔöÖñÑæÆóÓòÒîÎ";
    private static final String SINGLE_LETTERS = "ơƠưƯđĐỉỈĩĨịỊỵỴ";

    @Override
    public boolean isLegacyLetter(char c) {
        return SINGLE.indexOf(c) >= 0 || TONE_MARKS.indexOf(c) >= 0 || CIRCUMFLEX_MARKS.indexOf(c) >= 0
                || BREVE_MARKS.indexOf(c) >= 0;
    }

    @Override
    public void decodeWord(CharSequence text, int start, int end, DecodedTextBuilder out) {
        for (int i = start; i < end; ) {
            char base = single(text.charAt(i));
            char letter = i + 1 < end ? combine(base, text.charAt(i + 1)) : 0;
            if (letter != 0) {
                out.append(letter, i);
                i += 2;
            } else {
                out.append(base, i);
                i++;
            }
        }
    }

    private static char single(char c) {
        int index = SINGLE.indexOf(c);
        return index >= 0 ? SINGLE_LETTERS.charAt(index) : c;
    }

    /** The letter {@code base} followed by the mark {@code mark} stands for, or 0 if they do not combine. */
    private static char combine(char base, char mark) {
        char lower = Character.toLowerCase(base);
        int tone = TONE_MARKS.indexOf(mark);
        if (tone >= 0 && "aeouyơư".indexOf(lower) >= 0) {
            return VietnameseLetters.withTone(base, TONES[tone % TONES.length]);
        }
        int circumflex = CIRCUMFLEX_MARKS.indexOf(mark);
        if (circumflex >= 0 && "aeo".indexOf(lower) >= 0) {
            char modified = switch (base) {
                case 'a' -> 'â';
                case 'A' -> 'Â';
                case 'e' -> 'ê';
                case 'E' -> 'Ê';
                case 'o' -> 'ô';
                default -> 'Ô';
            };
            return VietnameseLetters.withTone(modified, MODIFIER_TONES[circumflex % MODIFIER_TONES.length]);
        }
        int breve = BREVE_MARKS.indexOf(mark);
        if (breve >= 0 && lower == 'a') {
            return VietnameseLetters.withTone(base == 'a' ? 'ă' : 'Ă', MODIFIER_TONES[breve % MODIFIER_TONES.length]);
        }
        return 0;
    }
}
