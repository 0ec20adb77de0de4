package vn.donthu.analysis;

import java.text.Normalizer;
import org.apache.lucene.tests.util.LuceneTestCase;

public class VietnameseNormalizerTest extends LuceneTestCase {

    private static final String SENTENCE = "Đơn khiếu nại về việc thu hồi đất của Ủy ban nhân dân xã Tân Đức";

    public void testKeepsDiacritics() {
        assertEquals(SENTENCE, VietnameseNormalizer.normalize(SENTENCE));
    }

    public void testEmptyText() {
        assertEquals("", VietnameseNormalizer.normalize(""));
    }

    public void testComposesDecomposedLetters() {
        String decomposed = Normalizer.normalize(SENTENCE, Normalizer.Form.NFD);
        assertEquals(SENTENCE, VietnameseNormalizer.normalize(decomposed));
    }

    public void testComposesToneMarkTypedAfterPrecomposedVowel() {
        // "Unicode tổ hợp" keyboards: ê precomposed, then the tone as a combining acute.
        assertEquals("khiếu", VietnameseNormalizer.normalize("khi\u00EA\u0301u"));
    }

    public void testComposesMarksTypedInAnyOrder() {
        // Dot below before circumflex, the reverse of NFD's order: still one letter, ậ.
        assertEquals("đậu", VietnameseNormalizer.normalize("đa\u0323\u0302u"));
        assertEquals("đậu", VietnameseNormalizer.normalize("đa\u0302\u0323u"));
    }

    public void testReplacesCapitalEthWithCapitalDStroke() {
        assertEquals("Đơn", VietnameseNormalizer.normalize("\u00D0\u01A1n"));
        assertEquals("ĐẤT ĐAI", VietnameseNormalizer.normalize("\u00D0\u1EA4T \u00D0AI"));
    }

    public void testReplacesEthStartingAWordWithDStroke() {
        assertEquals("đất đai (đền bù)", VietnameseNormalizer.normalize("\u00F0\u1EA5t \u00F0ai (\u00F0\u1EC1n b\u00F9)"));
    }

    public void testKeepsEthInsideAWord() {
        assertEquals("Guðrún Guðmundsdóttir", VietnameseNormalizer.normalize("Guðrún Guðmundsdóttir"));
    }

    public void testReplacesOiWithUHorn() {
        assertEquals("người Ưu", VietnameseNormalizer.normalize("ng\u01A3\u1EDDi \u01A2u"));
    }

    public void testComposesMarksAfterOiReplacedWithUHorn() {
        assertEquals("những", VietnameseNormalizer.normalize("nh\u01A3\u0303ng"));
    }

    public void testKeepsOHorn() {
        assertEquals("\u01A1 \u01A0", VietnameseNormalizer.normalize("\u01A1 \u01A0"));
    }

    public void testRemovesZeroWidthCharacters() {
        for (char invisible : new char[] {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'}) {
            assertEquals("khiếu nại", VietnameseNormalizer.normalize(invisible + "khi" + invisible + "ếu nại" + invisible));
        }
    }

    public void testRemovesSoftHyphens() {
        assertEquals("khiếu nại", VietnameseNormalizer.normalize("khi\u00ADếu n\u00ADại"));
    }

    public void testComposesMarksAcrossRemovedCharacters() {
        assertEquals("khiếu", VietnameseNormalizer.normalize("khie\u200B\u0302\u00AD\u0301u"));
    }
}
