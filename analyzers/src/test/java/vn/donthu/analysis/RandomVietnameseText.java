package vn.donthu.analysis;

import java.util.Random;

/**
 * Random text made of what Vietnamese letters arrive as: precomposed and decomposed letters, loose
 * marks, look-alike letters, invisible characters, spaces and punctuation. Lucene's own random
 * strings rarely hit these.
 */
final class RandomVietnameseText {

    private static final String[] PIECES = {
        "a", "ă", "â", "b", "c", "d", "đ", "Đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ",
        "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y", "A", "Ư", "Ơ", "Ê",
        "ế", "ồ", "ữ", "ạ", "ỷ", "Ủ", "ặ", "ậ", "ợ", "ự",
        "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B", "\u0340", "\u0341",
        "\u00D0", "\u00F0", "\u01A2", "\u01A3",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
        " ", " ", " ", "\n", ",", ".", "-", "1", "9",
        "한", "\u1100", "\u1161", "\u11A8", "\uD83D\uDE00",
        // NFC makes these longer: क़, a Hebrew shin with two points, a musical half note.
        "\u0958", "\uFB2C", "\uD834\uDD5E",
    };

    private RandomVietnameseText() {
    }

    static String next(Random random, int maxPieces) {
        return concatenate(random, PIECES, maxPieces);
    }

    /** Up to {@code maxPieces} pieces drawn at random, one after the other. */
    static String concatenate(Random random, String[] pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(maxPieces + 1);
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
