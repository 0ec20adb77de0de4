package vn.donthu.analysis.encoding;

import java.nio.charset.Charset;
import java.text.Normalizer;

/** What the legacy decoders can give back of a text written with {@link LegacyEncoder}. */
final class LegacyRoundTrip {

    private LegacyRoundTrip() {
    }

    /**
     * What decoding gives back of {@code unicode} written in {@code encoding}. TCVN3 loses one thing:
     * a capital with a tone mark in a word that has small letters ("Ủy", typed "ñy") is a small letter.
     */
    static String expected(String unicode, LegacyEncoding encoding) {
        if (encoding != LegacyEncoding.TCVN3) {
            return unicode;
        }
        StringBuilder expected = new StringBuilder();
        for (String word : unicode.split("(?<=[^\\p{L}])|(?=[^\\p{L}])")) {
            boolean mixedCase = !word.equals(word.toUpperCase(java.util.Locale.ROOT));
            for (char c : word.toCharArray()) {
                boolean tonedCapital = Character.isUpperCase(c)
                        && !Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).matches(".[\\u0302\\u0306\\u031B]?");
                expected.append(mixedCase && tonedCapital ? Character.toLowerCase(c) : c);
            }
        }
        return expected.toString();
    }


    /** Vietnamese written in windows-1258 and decoded as windows-1258 by a converter that does not normalize. */
    static String decodedWindows1258(String unicode) {
        Charset cp1258 = Charset.forName("windows-1258");
        return new String(LegacyEncoder.windows1258(unicode), cp1258);
    }
}
