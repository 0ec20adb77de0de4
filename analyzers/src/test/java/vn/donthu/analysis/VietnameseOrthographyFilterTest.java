package vn.donthu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class VietnameseOrthographyFilterTest extends BaseTokenStreamTestCase {

    private Analyzer whitespaceOrthographyAnalyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        whitespaceOrthographyAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
                return new TokenStreamComponents(tokenizer, new VietnameseOrthographyFilter(tokenizer));
            }
        };
    }

    @Override
    public void tearDown() throws Exception {
        whitespaceOrthographyAnalyzer.close();
        super.tearDown();
    }

    public void testEmptyInput() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "", new String[0]);
    }

    public void testPlacesToneMarksTheTraditionalWayAndKeepsOffsets() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "Hoà giải tranh chấp về công trình thuỷ lợi, sức khoẻ",
                new String[] {"Hòa", "giải", "tranh", "chấp", "về", "công", "trình", "thủy", "lợi,", "sức", "khỏe"},
                new int[] {0, 4, 9, 15, 20, 23, 28, 34, 39, 44, 48},
                new int[] {3, 8, 14, 19, 22, 27, 33, 38, 43, 47, 52});
    }

    public void testTraditionalSpellingIsUnchanged() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "Hòa giải công trình thủy lợi Ủy ban",
                new String[] {"Hòa", "giải", "công", "trình", "thủy", "lợi", "Ủy", "ban"});
    }

    public void testWritesTheIYDoubletsWithY() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "quí cơ quan kì họp thứ hai lí do chính đáng Mĩ tỉ lệ",
                new String[] {"quý", "cơ", "quan", "kỳ", "họp", "thứ", "hai", "lý", "do", "chính", "đáng", "Mỹ", "tỷ", "lệ"});
    }

    public void testLeavesWordsWithoutADoubletAlone() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "ý kiến y tá quyết định kiểm tra",
                new String[] {"ý", "kiến", "y", "tá", "quyết", "định", "kiểm", "tra"});
    }

    public void testEachSyllableOfASegmentedWord() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "hoà_giải thuỷ_lợi quí_vị",
                new String[] {"hòa_giải", "thủy_lợi", "quý_vị"});
    }

    public void testLeavesCodesAndNumbersAlone() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "12/2024/QĐ-UBND khoản 2i",
                new String[] {"12/2024/QĐ-UBND", "khoản", "2i"});
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), whitespaceOrthographyAnalyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomVietnameseText() throws IOException {
        int iterations = atLeast(200);
        for (int i = 0; i < iterations; i++) {
            checkAnalysisConsistency(random(), whitespaceOrthographyAnalyzer, random().nextBoolean(), RandomVietnameseText.next(random(), 60));
        }
    }
}
