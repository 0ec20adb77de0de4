package vn.donthu.analysis;

import static vn.donthu.analysis.VietnameseAnalyzerTest.DECOMPOSED_ENDS;
import static vn.donthu.analysis.VietnameseAnalyzerTest.DECOMPOSED_STARTS;
import static vn.donthu.analysis.VietnameseAnalyzerTest.ONE_PER_SYLLABLE;
import static vn.donthu.analysis.VietnameseAnalyzerTest.SENTENCE;
import static vn.donthu.analysis.VietnameseAnalyzerTest.SENTENCE_ENDS;
import static vn.donthu.analysis.VietnameseAnalyzerTest.SENTENCE_STARTS;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;

public class VietnameseFoldedAnalyzerTest extends BaseTokenStreamTestCase {

    private static final String[] FOLDED_SENTENCE =
            {"don", "khieu", "nai", "ve", "viec", "thu", "hoi", "dat", "cua", "uy", "ban", "nhan", "dan", "xa", "tan", "duc"};

    private Analyzer analyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        analyzer = new VietnameseAnalyzer(VietnameseAnalysis.FOLDED);
    }

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    public void testEmptyInput() throws IOException {
        assertAnalyzesTo(analyzer, "", new String[0]);
    }

    public void testSentence() throws IOException {
        assertAnalyzesTo(analyzer, SENTENCE, FOLDED_SENTENCE, SENTENCE_STARTS, SENTENCE_ENDS, ONE_PER_SYLLABLE);
    }

    public void testDecomposedSentence() throws IOException {
        assertAnalyzesTo(analyzer, Normalizer.normalize(SENTENCE, Normalizer.Form.NFD),
                FOLDED_SENTENCE, DECOMPOSED_STARTS, DECOMPOSED_ENDS, ONE_PER_SYLLABLE);
    }

    public void testTextTypedWithoutDiacriticsMatchesTextWithThem() throws IOException {
        assertAnalyzesTo(analyzer, "khieu nai dat dai", new String[] {"khieu", "nai", "dat", "dai"});
        assertAnalyzesTo(analyzer, "Khiếu nại đất đai", new String[] {"khieu", "nai", "dat", "dai"});
    }

    public void testBothToneMarkPlacementsGiveTheSameTokens() throws IOException {
        assertAnalyzesTo(analyzer, "hoà giải", new String[] {"hoa", "giai"});
        assertAnalyzesTo(analyzer, "hòa giải", new String[] {"hoa", "giai"});
    }

    public void testBothSpellingsOfIYDoubletsGiveTheSameToken() throws IOException {
        // Folded, the two spellings would still differ by their vowel: "qui" and "quy".
        assertAnalyzesTo(analyzer, "quí", new String[] {"quy"});
        assertAnalyzesTo(analyzer, "quý", new String[] {"quy"});
        assertAnalyzesTo(analyzer, "qui dinh ly do", new String[] {"quy", "dinh", "ly", "do"});
        assertAnalyzesTo(analyzer, "quy định lí do", new String[] {"quy", "dinh", "ly", "do"});
    }

    public void testFoldsLookAlikes() throws IOException {
        assertAnalyzesTo(analyzer, "\u00D0\u01A1n ng\u01A3\u1EDDi \u00F0\u1EA5t", new String[] {"don", "nguoi", "dat"});
    }

    public void testNormalizesQueryTermsLikeTokens() {
        assertEquals(new BytesRef("khieu"), analyzer.normalize("text", "KHIẾU"));
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomVietnameseText() throws IOException {
        int iterations = atLeast(200);
        for (int i = 0; i < iterations; i++) {
            checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), RandomVietnameseText.next(random(), 60));
        }
    }

    public void testRandomLegacyText() throws IOException {
        int iterations = atLeast(100);
        for (int i = 0; i < iterations; i++) {
            checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), RandomLegacyText.next(random(), 30));
        }
    }
}
