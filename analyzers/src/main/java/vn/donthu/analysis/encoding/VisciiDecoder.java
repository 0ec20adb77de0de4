package vn.donthu.analysis.encoding;

/**
 * VISCII (RFC 1456), the 8-bit encoding of Vietnamese on Unix and in e-mail of the 1990s. It keeps
 * the Latin-1 letters that Vietnamese uses (à á â ã è é ê ì í ò ó ô õ ù ú ý, Đ at Ð) and puts the
 * other 134 letters everywhere else from 80 to FF, and six capitals at control codes below 20.
 *
 * <p>Five of its capitals (Ắ Ễ Ố Ồ Ũ, bytes 81 8D 8F 90 9D) have no windows-1252 char: a text
 * decoded as windows-1252 has lost them (U+FFFD), and they stay lost. Decoded as ISO-8859-1 they
 * arrive as C1 controls and are converted.
 */
final class VisciiDecoder implements LegacyDecoder {

    private static final String HIGH_HALF = ""
            + "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ" // 80
            + "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ" // 90
            + "Õắằặấầẩậẽẹếềểễệố" // A0
            + "ồổỗỠƠộờởịỰỨỪỬơớƯ" // B0
            + "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ" // C0
            + "ĐứÒÓÔạỷừửÙÚỹỵÝỡư" // D0
            + "àáâãảăữẫèéêẻìíĩỉ" // E0
            + "đựòóôõỏọụùúũủýợỮ"; // F0

    /** The letter each byte stands for; 0 for ASCII and the other control codes. */
    private static final char[] TABLE = new char[256];

    static {
        HIGH_HALF.getChars(0, 128, TABLE, 0x80);
        TABLE[0x02] = 'Ẳ';
        TABLE[0x05] = 'Ẵ';
        TABLE[0x06] = 'Ẫ';
        TABLE[0x14] = 'Ỷ';
        TABLE[0x19] = 'Ỹ';
        TABLE[0x1E] = 'Ỵ';
    }

    @Override
    public boolean isLegacyLetter(char c) {
        return letterOf(c) != 0;
    }

    @Override
    public void decodeWord(CharSequence text, int start, int end, DecodedTextBuilder out) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char letter = letterOf(c);
            out.append(letter != 0 ? letter : c, i);
        }
    }

    private static char letterOf(char c) {
        int b = Windows1252.byteOf(c);
        return b >= 0 ? TABLE[b] : 0;
    }
}
