package vn.donthu.analysis.encoding;

import org.apache.lucene.tests.util.LuceneTestCase;

public class LegacyVietnameseTextTest extends LuceneTestCase {

    public void testRepairsEachEncoding() {
        assertEquals("Đơn khiếu nại về việc thu hồi đất", LegacyVietnameseText.repair("§¬n khiÕu n¹i vÒ viÖc thu håi ®Êt"));
        assertEquals("Đơn khiếu nại về việc thu hồi đất", LegacyVietnameseText.repair("Ñôn khieáu naïi veà vieäc thu hoài ñaát"));
        assertEquals("Độc lập - Tự do - Hạnh phúc", LegacyVietnameseText.repair("Ðµc l§p - Tñ do - HÕnh phúc"));
    }

    public void testRepairsWholeLetters() {
        String letter = String.join("\n", Sentences.VIETNAMESE);
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            assertEquals(encoding.toString(), LegacyRoundTrip.expected(letter, encoding),
                    LegacyVietnameseText.repair(LegacyEncoder.encode(letter, encoding)));
        }
    }

    public void testLeavesTextInNoLegacyEncodingAsItIs() {
        String letter = String.join("\n", Sentences.VIETNAMESE);
        assertSame(letter, LegacyVietnameseText.repair(letter));
        for (String text : Sentences.OTHER_LANGUAGES) {
            assertEquals(text, LegacyVietnameseText.repair(text));
        }
    }

    public void testKeepsTheUnicodePartOfAMixedText() {
        String body = String.join(" ", Sentences.VIETNAMESE);
        String text = "Ngày nhận đơn: 12/3/2024. " + LegacyEncoder.encode(body, LegacyEncoding.VNI);
        assertEquals("Ngày nhận đơn: 12/3/2024. " + body, LegacyVietnameseText.repair(text));
    }

    public void testOffsetsPointToTheLegacyText() {
        // VNI: "eá" (ế) and "aï" (ạ) are two chars each.
        RepairedText repaired = LegacyVietnameseText.repairWithOffsets("Ñôn khieáu naïi");
        assertEquals("Đơn khiếu nại", repaired.text());
        assertEquals(LegacyEncoding.VNI, repaired.encoding().orElseThrow());
        int[] expected = {0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15};
        for (int offset = 0; offset <= repaired.text().length(); offset++) {
            assertEquals("offset " + offset, expected[offset], repaired.sourceOffset(offset));
        }
    }

    public void testOffsetsOfUnrepairedTextAreItsOwn() {
        RepairedText repaired = LegacyVietnameseText.repairWithOffsets("Đơn khiếu nại");
        assertTrue(repaired.encoding().isEmpty());
        assertEquals(5, repaired.sourceOffset(5));
        expectThrows(IndexOutOfBoundsException.class, () -> repaired.sourceOffset(14));
    }
}
