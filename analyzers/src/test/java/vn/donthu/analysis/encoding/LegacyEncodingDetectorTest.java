package vn.donthu.analysis.encoding;

import java.text.Normalizer;
import java.util.Optional;
import org.apache.lucene.tests.util.LuceneTestCase;

public class LegacyEncodingDetectorTest extends LuceneTestCase {

    private static final String LETTER = String.join("\n", Sentences.VIETNAMESE);

    public void testDetectsEachEncodingInALetter() {
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            String legacy = LegacyEncoder.encode(LETTER, encoding);
            assertEquals(encoding.toString(), Optional.of(encoding), LegacyEncodingDetector.detect(legacy));
        }
    }

    public void testDetectsEachEncodingInEachSentence() {
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            for (String sentence : Sentences.VIETNAMESE) {
                String legacy = LegacyEncoder.encode(sentence, encoding);
                assertEquals(encoding + ": " + legacy, Optional.of(encoding), LegacyEncodingDetector.detect(legacy));
            }
        }
    }

    public void testDetectsKnownText() {
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncodingDetector.detect("§¬n khiÕu n¹i vÒ viÖc thu håi ®Êt"));
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncodingDetector.detect("Céng hoµ x· héi chñ nghÜa ViÖt Nam"));
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyEncodingDetector.detect("Ñôn khieáu naïi veà vieäc thu hoài ñaát"));
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyEncodingDetector.detect("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"));
        assertEquals(Optional.of(LegacyEncoding.VISCII), LegacyEncodingDetector.detect("Ðµc l§p - Tñ do - HÕnh phúc"));
    }

    public void testEncodingWithWordsAgainstItLosesToOneWithout() {
        // Three words are syllables in TCVN3 and in VISCII, but TCVN3 makes "l¥n" no syllable.
        String viscii = "khiªu nÕi l¥n thÑ";
        assertEquals(3, LegacyEncodingDetector.evidence(viscii, LegacyEncoding.TCVN3).wordsFor());
        assertEquals(Optional.of(LegacyEncoding.VISCII), LegacyEncodingDetector.detect(viscii));
    }

    public void testNeedsThreeDifferentWords() {
        assertEquals(Optional.empty(), LegacyEncodingDetector.detect("§¬n"));
        assertEquals(Optional.empty(), LegacyEncodingDetector.detect("§¬n §¬n §¬n"));
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncodingDetector.detect("§¬n khiÕu n¹i"));
    }

    public void testDoesNotFireOnUnicodeVietnamese() {
        assertNotDetected(LETTER);
        for (String sentence : Sentences.VIETNAMESE) {
            assertNotDetected(sentence);
        }
    }

    public void testDoesNotFireOnDecomposedVietnamese() {
        assertNotDetected(Normalizer.normalize(LETTER, Normalizer.Form.NFD));
    }

    public void testDoesNotFireOnTextDecodedFromWindows1258() {
        String decoded = LegacyRoundTrip.decodedWindows1258(LETTER);
        assertTrue(decoded, decoded.contains("khiê\u0301u"));
        assertNotDetected(decoded);
        assertNotDetected(Normalizer.normalize(decoded, Normalizer.Form.NFC));
        for (String sentence : Sentences.VIETNAMESE) {
            assertNotDetected(LegacyRoundTrip.decodedWindows1258(sentence));
        }
    }

    public void testDoesNotFireOnVietnameseWithoutDiacritics() {
        assertNotDetected("Don khieu nai ve viec thu hoi dat cua UBND xa Tan Duc, huyen Phu Binh");
    }

    public void testDoesNotFireOnOtherLanguages() {
        for (String text : Sentences.OTHER_LANGUAGES) {
            assertNotDetected(text);
        }
        assertNotDetected(String.join(" ", Sentences.OTHER_LANGUAGES));
    }

    public void testAFrenchWordThatDecodesToASyllableInVniIsNotEnough() {
        // "où" is VNI for ó; here it is the only word that VNI changes.
        String french = "Où est-il? Je ne sais pas où. Où vas-tu?";
        LegacyEncodingDetector.Evidence evidence = LegacyEncodingDetector.evidence(french, LegacyEncoding.VNI);
        assertEquals(3, evidence.wordsFor());
        assertEquals(1, evidence.distinctWordsFor());
        assertNotDetected(french);
    }

    public void testUnicodeTextQuotingAFewLegacyWordsIsLeftAlone() {
        assertNotDetected(LETTER + " Tệp gốc có dòng §¬n khiÕu n¹i.");
    }

    public void testLegacyTextUnderAUnicodeHeadingIsDetected() {
        String text = "Ngày nhận: 12/3/2024\n" + LegacyEncoder.encode(LETTER, LegacyEncoding.TCVN3);
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncodingDetector.detect(text));
    }

    public void testEmptyText() {
        assertNotDetected("");
    }

    private static void assertNotDetected(String text) {
        assertEquals(text, Optional.empty(), LegacyEncodingDetector.detect(text));
    }
}
