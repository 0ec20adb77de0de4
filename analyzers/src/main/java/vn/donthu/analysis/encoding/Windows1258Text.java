package vn.donthu.analysis.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.donthu.analysis.orthography.VietnameseSyllable;

/**
 * Recognises bytes of Vietnamese text in windows-1258, the Vietnamese code page of Windows, and
 * decodes them to NFC.
 *
 * <p>Charset detectors take windows-1258 for windows-1252, the Western code page: the two share
 * most of their bytes, and detectors do not know windows-1258. Read that way, a Vietnamese text
 * loses ă, đ, ơ, ư and its tone marks, which windows-1258 writes as combining marks after the
 * vowel (byte 0xEC, U+0301, is "ì" in windows-1252). The evidence is Vietnamese spelling, as in
 * {@link LegacyEncodingDetector}: a word whose two readings differ speaks for windows-1258 when
 * its windows-1258 reading is a Vietnamese syllable and its windows-1252 reading is not ("khiê"
 * + U+0301 + "u" against "khiêìu"), and against it in the opposite case. Bytes are windows-1258
 * when at least {@value #MIN_DISTINCT_WORDS} different words speak for it and at least
 * {@value #MIN_RATIO_AGAINST} times as many as speak against it. Text with a byte order mark,
 * valid UTF-8 (ASCII included) and text with NUL bytes (UTF-16) are never windows-1258; nor is
 * text in TCVN3, VNI or VISCII, whose words do not read as syllables in windows-1258.
 */
public final class Windows1258Text {

    static final int MIN_DISTINCT_WORDS = 3;
    static final int MIN_RATIO_AGAINST = 3;

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Windows1258Text() {
    }

    /** The text of {@code bytes} in NFC, if they are Vietnamese in windows-1258; empty otherwise. */
    public static Optional<String> decode(byte[] bytes) {
        if (hasByteOrderMark(bytes) || hasNul(bytes) || isUtf8(bytes)) {
            return Optional.empty();
        }
        String text = new String(bytes, WINDOWS_1258);
        String western = new String(bytes, WINDOWS_1252);
        return speaksForWindows1258(text, western)
                ? Optional.of(Normalizer.normalize(text, Normalizer.Form.NFC))
                : Optional.empty();
    }

    /**
     * Compares the two readings word by word. Both have one char per byte, so a word is at the
     * same place in both.
     */
    private static boolean speaksForWindows1258(String text, String western) {
        Set<String> wordsFor = new HashSet<>();
        int wordsAgainst = 0;
        for (int start = 0; start < text.length(); ) {
            if (!isWordChar(text.charAt(start))) {
                start++;
                continue;
            }
            int end = start;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            String vietnamese = text.substring(start, end);
            String asWestern = western.substring(start, end);
            if (!vietnamese.equals(asWestern)) {
                boolean syllable = isSyllable(vietnamese);
                boolean westernSyllable = isSyllable(asWestern);
                if (syllable && !westernSyllable) {
                    wordsFor.add(vietnamese.toLowerCase(Locale.ROOT));
                } else if (!syllable && westernSyllable) {
                    wordsAgainst++;
                } else if (!syllable) {
                    // Neither reading is a syllable: a foreign word, or a legacy encoding.
                    wordsAgainst++;
                }
            }
            start = end;
        }
        return wordsFor.size() >= MIN_DISTINCT_WORDS && wordsFor.size() >= MIN_RATIO_AGAINST * wordsAgainst;
    }

    private static boolean isSyllable(String word) {
        return VietnameseSyllable.isValid(Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
