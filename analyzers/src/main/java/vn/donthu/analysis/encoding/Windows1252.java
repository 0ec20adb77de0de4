package vn.donthu.analysis.encoding;

import java.nio.charset.Charset;

/**
 * The byte a char came from, when a legacy 8-bit file was decoded as windows-1252 (Windows, Tika's
 * usual guess for Latin text) or ISO-8859-1: both give the byte's own code point from A0 to FF, and
 * differ only from 80 to 9F, where windows-1252 has punctuation (’ “ – …) and ISO-8859-1 has C1
 * controls. The legacy tables work on bytes, so that either decoding can be repaired.
 */
final class Windows1252 {

    /** The windows-1252 char of each byte from 80 to 9F; U+FFFD where windows-1252 has none. */
    private static final String HIGH_CONTROL_RANGE = decode(0x80, 0xA0);

    private Windows1252() {
    }

    private static String decode(int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int b = from; b < to; b++) {
            bytes[b - from] = (byte) b;
        }
        return new String(bytes, Charset.forName("windows-1252"));
    }

    /**
     * The byte that windows-1252 or ISO-8859-1 decodes to {@code c}, or -1 if neither gives
     * {@code c}: then {@code c} cannot be part of a legacy text read that way.
     */
    static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        int index = HIGH_CONTROL_RANGE.indexOf(c);
        return index >= 0 && c != '\uFFFD' ? 0x80 + index : -1;
    }
}
