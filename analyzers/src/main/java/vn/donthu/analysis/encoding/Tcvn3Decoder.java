package vn.donthu.analysis.encoding;

import vn.donthu.analysis.orthography.Tone;
import vn.donthu.analysis.orthography.VietnameseLetters;

/**
 * TCVN 5712:1993 VN3, known as TCVN3 or ABC: the encoding of the .Vn fonts (.VnTime, .VnArial), the
 * most common for Vietnamese documents typed before Unicode. ASCII is kept; A1 to FE hold the
 * lower-case letters with their marks and the seven upper-case letters Ă Â Ê Ô Ơ Ư Đ.
 *
 * <p>VN3 has no upper-case letter with a tone mark: capitals were typed in a second font
 * (.VnTimeH) that draws the lower-case codes as capitals, so "KHIẾU" arrives as "KHIÕU".
 * {@link CapitalFontRepair} gives such words their capitals back.
 */
final class Tcvn3Decoder implements LegacyDecoder {

    /** The letter each byte stands for; 0 for ASCII and for bytes that are no letter of VN3. */
    private static final char[] TABLE = new char[256];
    /** The order in which VN3 lays out the five marked forms of each vowel. */
    private static final Tone[] TONE_ORDER = {Tone.HUYEN, Tone.HOI, Tone.NGA, Tone.SAC, Tone.NANG};

    static {
        letters(0xA1, "ĂÂÊÔƠƯĐăâêôơưđ");
        vowel('a', 0xB5, 0xB6, 0xB7, 0xB8, 0xB9);
        vowel('ă', 0xBB, 0xBC, 0xBD, 0xBE, 0xC6);
        vowel('â', 0xC7, 0xC8, 0xC9, 0xCA, 0xCB);
        vowel('e', 0xCC, 0xCE, 0xCF, 0xD0, 0xD1);
        vowel('ê', 0xD2, 0xD3, 0xD4, 0xD5, 0xD6);
        vowel('i', 0xD7, 0xD8, 0xDC, 0xDD, 0xDE);
        vowel('o', 0xDF, 0xE1, 0xE2, 0xE3, 0xE4);
        vowel('ô', 0xE5, 0xE6, 0xE7, 0xE8, 0xE9);
        vowel('ơ', 0xEA, 0xEB, 0xEC, 0xED, 0xEE);
        vowel('u', 0xEF, 0xF1, 0xF2, 0xF3, 0xF4);
        vowel('ư', 0xF5, 0xF6, 0xF7, 0xF8, 0xF9);
        vowel('y', 0xFA, 0xFB, 0xFC, 0xFD, 0xFE);
    }

    private static void letters(int firstByte, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            TABLE[firstByte + i] = letters.charAt(i);
        }
    }

    private static void vowel(char vowel, int... bytes) {
        for (int i = 0; i < bytes.length; i++) {
            TABLE[bytes[i]] = VietnameseLetters.withTone(vowel, TONE_ORDER[i]);
        }
    }

    @Override
    public boolean isLegacyLetter(char c) {
        return c < 256 && TABLE[c] != 0;
    }

    @Override
    public void decodeWord(CharSequence text, int start, int end, DecodedTextBuilder out) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char letter = c < 256 ? TABLE[c] : 0;
            out.append(letter != 0 ? letter : c, i);
        }
    }

    @Override
    public void finish(DecodedTextBuilder out) {
        CapitalFontRepair.apply(out);
    }
}
