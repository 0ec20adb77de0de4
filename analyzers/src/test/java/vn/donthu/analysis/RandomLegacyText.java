package vn.donthu.analysis;

import java.util.Random;

/**
 * Random text that the legacy and line-break steps of normalization act on: words typed in TCVN3,
 * VNI and VISCII, words hyphenated across line breaks, mixed with {@link RandomVietnameseText}.
 * Enough legacy words of one encoding in a text make the detector convert it.
 */
final class RandomLegacyText {

    private static final String[] TCVN3 = {"§¬n", "khiÕu", "n¹i", "vÒ", "viÖc", "thu", "håi", "®Êt", "ng\u00ADêi", "KHIÕU", "N¹I", "hoµ"};
    private static final String[] VNI = {"Ñôn", "khieáu", "naïi", "veà", "vieäc", "hoài", "ñaát", "ngöôøi", "UÛY", "hoøa"};
    private static final String[] VISCII = {"Ðµc", "l§p", "Tñ", "HÕnh", "phúc", "Vi®t", "H\u201CI", "H\u0093I"};
    private static final String[] LINE_BREAKS = {"nghi-\nệp", "QĐ-\nUBND", "Độc lập -\nTự do", "đị\u00AD\r\nnh", "NGHI-\n  ỆP", "ba-\nn"};

    private RandomLegacyText() {
    }

    static String next(Random random, int maxWords) {
        String[] legacy = switch (random.nextInt(3)) {
            case 0 -> TCVN3;
            case 1 -> VNI;
            default -> VISCII;
        };
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(maxWords + 1);
        for (int i = 0; i < words; i++) {
            String word = switch (random.nextInt(4)) {
                case 0, 1 -> legacy[random.nextInt(legacy.length)];
                case 2 -> LINE_BREAKS[random.nextInt(LINE_BREAKS.length)];
                default -> RandomVietnameseText.next(random, 4);
            };
            text.append(word).append(random.nextInt(5) == 0 ? "\n" : " ");
        }
        return text.toString();
    }
}
