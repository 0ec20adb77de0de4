package vn.donthu.analysis.encoding;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes Unicode Vietnamese the way a legacy file shows when read as windows-1252, by inverting
 * the decoders: every char a byte can become, and for VNI every letter followed by a mark char, is
 * decoded, and what it decodes to is written with it. So the decoders' tables are the only tables;
 * tests check each of them on every letter of known sentences, and the sample corpus writes legacy
 * files with it.
 */
public final class LegacyEncoder {

    /** Built once for all encodings, so that any number of threads may encode at once. */
    private static final Map<LegacyEncoding, Map<Character, String>> TABLES = new EnumMap<>(LegacyEncoding.class);

    static {
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            TABLES.put(encoding, invert(encoding));
        }
    }

    private LegacyEncoder() {
    }

    /** {@code unicode} in {@code encoding}, as read back with windows-1252. */
    public static String encode(String unicode, LegacyEncoding encoding) {
        Map<Character, String> table = TABLES.get(encoding);
        StringBuilder legacy = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            // TCVN3 has no capital with a tone mark: .VnTimeH users type the small letter's code.
            String written = table.getOrDefault(c, table.get(Character.toLowerCase(c)));
            legacy.append(written != null ? written : String.valueOf(c));
        }
        return legacy.toString();
    }

    private static Map<Character, String> invert(LegacyEncoding encoding) {
        Map<Character, String> table = new HashMap<>();
        StringBuilder singles = new StringBuilder();
        for (int b = 1; b < 256; b++) {
            singles.append(asWindows1252((byte) b));
        }
        for (char c : singles.toString().toCharArray()) {
            add(table, encoding, String.valueOf(c));
        }
        for (char base : "aeouyAEOUYôöÔÖ".toCharArray()) {
            for (char mark = 0xC0; mark <= 0xFF; mark++) {
                add(table, encoding, "" + base + mark);
            }
        }
        return table;
    }

    private static void add(Map<Character, String> table, LegacyEncoding encoding, String legacy) {
        String decoded = encoding.decode(legacy);
        if (decoded.length() == 1 && !decoded.equals(legacy)) {
            String known = table.get(decoded.charAt(0));
            if (known == null || cost(legacy, decoded) < cost(known, decoded)) {
                table.put(decoded.charAt(0), legacy);
            }
        }
    }

    /**
     * Fewer chars first; then, as VNI typists wrote, a mark of the letter's own case ("aø" for à,
     * "AØ" for À), although the decoder reads either.
     */
    private static int cost(String legacy, String decoded) {
        char last = legacy.charAt(legacy.length() - 1);
        boolean caseDiffers = Character.isLetter(last) && Character.isUpperCase(last) != Character.isUpperCase(decoded.charAt(0));
        return 2 * legacy.length() + (caseDiffers ? 1 : 0);
    }

    /** The bytes of a file in {@code encoding} holding {@code unicode}; a char the encoding lacks becomes '?'. */
    public static byte[] bytes(String unicode, LegacyEncoding encoding) {
        String legacy = encode(unicode, encoding);
        byte[] bytes = new byte[legacy.length()];
        for (int i = 0; i < legacy.length(); i++) {
            int b = Windows1252.byteOf(legacy.charAt(i));
            bytes[i] = (byte) (b >= 0 ? b : '?');
        }
        return bytes;
    }

    /** The char windows-1252 decodes the byte to, or its ISO-8859-1 control where windows-1252 has none. */
    private static char asWindows1252(byte b) {
        char c = new String(new byte[] {b}, Charset.forName("windows-1252")).charAt(0);
        return c == '\uFFFD' ? (char) (b & 0xFF) : c;
    }

    /**
     * {@code unicode} in windows-1258, as Vietnamese Windows wrote it: precomposed where the code page
     * has the letter (ê, ơ, à), the tone as a combining mark after it where it does not ("khiê" +
     * U+0301 + "u").
     */
    public static byte[] windows1258(String unicode) {
        Charset cp1258 = Charset.forName("windows-1258");
        CharsetEncoder encoder = cp1258.newEncoder();
        StringBuilder text = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            if (encoder.canEncode(c)) {
                text.append(c);
                continue;
            }
            // Base letter and its vowel mark (circumflex, breve, horn) precomposed, the tone mark after it.
            StringBuilder letter = new StringBuilder();
            String tone = "";
            for (char part : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(part) >= 0) {
                    tone = String.valueOf(part);
                } else {
                    letter.append(part);
                }
            }
            letter = new StringBuilder(Normalizer.normalize(letter, Normalizer.Form.NFC));
            if (!encoder.canEncode(letter + tone)) {
                throw new IllegalArgumentException("not in windows-1258: " + c);
            }
            text.append(letter).append(tone);
        }
        return text.toString().getBytes(cp1258);
    }
}
