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

    public void testRepairsTcvn3Text() {
        assertEquals("Đơn khiếu nại về việc thu hồi đất", VietnameseNormalizer.normalize("§¬n khiÕu n¹i vÒ viÖc thu håi ®Êt"));
    }

    public void testRepairsTcvn3UHornWrittenAsSoftHyphenBeforeSoftHyphensAreDropped() {
        assertEquals("người dân thường trú", VietnameseNormalizer.normalize("ng\u00ADêi d©n th\u00ADêng tró"));
    }

    public void testRepairsTcvn3EAcuteWrittenAsEthBeforeLookAlikesAreReplaced() {
        // TCVN3 writes é as Ð, which the look-alike rule would otherwise make Đ.
        assertEquals("khoé mắt, hé lộ, bé nhỏ", VietnameseNormalizer.normalize("khoÐ m¾t, hÐ lé, bÐ nhá"));
    }

    public void testRepairsVniText() {
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam", VietnameseNormalizer.normalize("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"));
    }

    public void testRepairsVisciiText() {
        assertEquals("Độc lập - Tự do - Hạnh phúc", VietnameseNormalizer.normalize("Ðµc l§p - Tñ do - HÕnh phúc"));
    }

    public void testLeavesOtherLanguagesAlone() {
        String french = "Où est-il? Il a dû partir à Noël, où l'été est déjà chaud.";
        assertEquals(french, VietnameseNormalizer.normalize(french));
        String german = "Herr Müller prüft die Größe der Straße.";
        assertEquals(german, VietnameseNormalizer.normalize(german));
    }

    public void testJoinsWordHyphenatedAcrossALineBreak() {
        assertEquals("sản xuất nông nghiệp ổn định", VietnameseNormalizer.normalize("sản xuất nông nghi-\nệp ổn định"));
        assertEquals("sản xuất nông nghiệp ổn định", VietnameseNormalizer.normalize("sản xuất nông nghi- \r\n    ệp ổn định"));
        assertEquals("NÔNG NGHIỆP", VietnameseNormalizer.normalize("NÔNG NGHI-\nỆP"));
        assertEquals("Nghiệp", VietnameseNormalizer.normalize("Nghi\u2010\nệp"));
    }

    public void testJoinsWordHyphenatedWithASoftHyphenAtALineEnd() {
        assertEquals("quyết định thu hồi", VietnameseNormalizer.normalize("quyết đị\u00AD\nnh thu hồi"));
    }

    public void testJoinsDecomposedWordHyphenatedAcrossALineBreak() {
        String decomposed = Normalizer.normalize("nông nghi-\nệp", Normalizer.Form.NFD);
        assertEquals("nông nghiệp", VietnameseNormalizer.normalize(decomposed));
    }

    public void testDoesNotJoinCodesAcrossALineBreak() {
        assertEquals("Quyết định số 12/2024/QĐ-\nUBND", VietnameseNormalizer.normalize("Quyết định số 12/2024/QĐ-\nUBND"));
    }

    public void testDoesNotJoinADashBetweenWords() {
        assertEquals("Độc lập -\nTự do", VietnameseNormalizer.normalize("Độc lập -\nTự do"));
    }

    public void testDoesNotJoinPartsThatMakeNoSyllable() {
        assertEquals("thu-\nhồi, ki-\nlô-mét, Bà Rịa-\nVũng Tàu", VietnameseNormalizer.normalize("thu-\nhồi, ki-\nlô-mét, Bà Rịa-\nVũng Tàu"));
    }

    public void testDoesNotJoinAcrossABlankLine() {
        assertEquals("nghi-\n\nệp", VietnameseNormalizer.normalize("nghi-\n\nệp"));
    }

    public void testDoesNotJoinPartsOfMixedCase() {
        assertEquals("BA-\nn", VietnameseNormalizer.normalize("BA-\nn"));
    }

    public void testKeepsToneMarkPlacementAndIYSpellingAsWritten() {
        // Stored text stays as people wrote it; VietnameseOrthographyFilter makes tokens match.
        assertEquals("hoà giải, thuỷ lợi, quí cơ quan", VietnameseNormalizer.normalize("hoà giải, thuỷ lợi, quí cơ quan"));
    }

    public void testNormalizingTwiceChangesNothingMore() {
        for (String text : new String[] {"§¬n khiÕu n¹i vÒ viÖc thu håi ®Êt", "nông nghi-\nệp", "Ñôn khieáu naïi veà vieäc"}) {
            String once = VietnameseNormalizer.normalize(text);
            assertEquals(once, VietnameseNormalizer.normalize(once));
        }
    }
}
