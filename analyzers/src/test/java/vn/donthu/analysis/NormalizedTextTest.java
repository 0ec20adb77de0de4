package vn.donthu.analysis;

import java.text.Normalizer;
import java.util.List;
import org.apache.lucene.tests.util.LuceneTestCase;

/** The fast path for plain text must be exactly what the steps would have done. */
public class NormalizedTextTest extends LuceneTestCase {

    public void testPlainTextIsWhatTheStepsWouldGive() {
        for (int i = 0; i < 2000; i++) {
            String text = RandomVietnameseText.next(random(), 80);
            if (NormalizedText.isPlain(text)) {
                assertEquals(text, NormalizedText.bySteps(text).text());
            }
        }
    }

    public void testRecognisesPlainVietnamese() {
        assertTrue(NormalizedText.isPlain("Đơn khiếu nại về việc thu hồi đất – “Ủy ban nhân dân” xã Tân Đức…"));
        assertTrue(NormalizedText.isPlain("Số 1234/QĐ-UBND\nngày 15/01/2021"));
    }

    public void testAnythingAStepWouldChangeIsNotPlain() {
        for (String text : List.of(
                Normalizer.normalize("khiếu nại", Normalizer.Form.NFD),
                "khiếu\u200Bnại", "Ðơn", "ngƣời", "nông nghi-\nệp", "nông nghi\u2010\nệp", "nông nghi\u00AD\nệp",
                "§¬n khiÕu n¹i", "Ñôn khieáu naïi")) {
            assertFalse(text, NormalizedText.isPlain(text));
        }
    }

    public void testAHyphenatedLineBreakBetweenInvisibleCharsOnly() {
        // Regression: the joined "word" normalized to nothing, and reading its case failed.
        assertEquals("-\n", NormalizedText.of("\u200B-\n\u200B").text().replace("\u200B", ""));
    }
}
