package vn.donthu.analysis.encoding;

/**
 * The 8-bit encodings Vietnamese was typed in before Unicode, as their text reaches us: a file or a
 * run of a DOCX or RTF in a legacy font, read as windows-1252 or ISO-8859-1 ("§¬n khiÕu n¹i" in
 * TCVN3, "Ñôn khieáu naïi" in VNI for "Đơn khiếu nại"). The tables are in the decoders.
 */
public enum LegacyEncoding {
    /** TCVN 5712:1993 VN3 ("ABC"), of the .VnTime fonts. */
    TCVN3(new Tcvn3Decoder()),
    /** VNI for Windows, of the VNI-Times fonts: base letter and a mark char. */
    VNI(new VniDecoder()),
    /** VISCII, RFC 1456. */
    VISCII(new VisciiDecoder());

    private final LegacyDecoder decoder;

    LegacyEncoding(LegacyDecoder decoder) {
        this.decoder = decoder;
    }

    LegacyDecoder decoder() {
        return decoder;
    }

    /**
     * {@code text} converted from this encoding, without asking whether it is in it: for callers
     * that know, such as ingest reading a DOCX run set in .VnTime. Words holding a char that no
     * 8-bit decoding gives (Unicode Vietnamese) are kept as they are.
     */
    public String decode(CharSequence text) {
        return decodeWithOffsets(text).text();
    }

    RepairedText decodeWithOffsets(CharSequence text) {
        DecodedTextBuilder out = new DecodedTextBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            if (!LegacyWords.isWordChar(text.charAt(i), decoder)) {
                out.append(text.charAt(i), i);
                i++;
                continue;
            }
            int end = LegacyWords.end(text, i, decoder);
            if (LegacyWords.isConvertible(text, i, end)) {
                decoder.decodeWord(text, i, end, out);
            } else {
                for (int j = i; j < end; j++) {
                    out.append(text.charAt(j), j);
                }
            }
            i = end;
        }
        decoder.finish(out);
        return out.build(this, text.length());
    }

    /** The word {@code text[start, end)} converted from this encoding. */
    String decodeWord(CharSequence text, int start, int end) {
        DecodedTextBuilder out = new DecodedTextBuilder(end - start);
        decoder.decodeWord(text, start, end, out);
        return out.build(this, end - start).text();
    }
}
