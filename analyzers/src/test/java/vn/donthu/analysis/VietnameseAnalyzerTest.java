package vn.donthu.analysis;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;

public class VietnameseAnalyzerTest extends BaseTokenStreamTestCase {

    static final String SENTENCE = "Đơn khiếu nại về việc thu hồi đất của Ủy ban nhân dân xã Tân Đức";
    static final int[] SENTENCE_STARTS = {0, 4, 10, 14, 17, 22, 26, 30, 34, 38, 41, 45, 50, 54, 57, 61};
    static final int[] SENTENCE_ENDS = {3, 9, 13, 16, 21, 25, 29, 33, 37, 40, 44, 49, 53, 56, 60, 64};
    static final int[] DECOMPOSED_STARTS = {0, 5, 13, 18, 23, 30, 34, 40, 46, 51, 55, 59, 65, 70, 74, 79};
    static final int[] DECOMPOSED_ENDS = {4, 12, 17, 22, 29, 33, 39, 45, 50, 54, 58, 64, 69, 73, 78, 84};
    static final int[] ONE_PER_SYLLABLE = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    private Analyzer analyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        analyzer = new VietnameseAnalyzer();
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
        assertAnalyzesTo(analyzer, SENTENCE,
                new String[] {"đơn", "khiếu", "nại", "về", "việc", "thu", "hồi", "đất", "của", "ủy", "ban", "nhân", "dân", "xã", "tân", "đức"},
                SENTENCE_STARTS, SENTENCE_ENDS, ONE_PER_SYLLABLE);
    }

    public void testDecomposedSentenceGivesTheSameTokensWithItsOwnOffsets() throws IOException {
        assertAnalyzesTo(analyzer, Normalizer.normalize(SENTENCE, Normalizer.Form.NFD),
                new String[] {"đơn", "khiếu", "nại", "về", "việc", "thu", "hồi", "đất", "của", "ủy", "ban", "nhân", "dân", "xã", "tân", "đức"},
                DECOMPOSED_STARTS, DECOMPOSED_ENDS, ONE_PER_SYLLABLE);
    }

    public void testZeroWidthSpacesDoNotSplitWords() throws IOException {
        assertAnalyzesTo(analyzer, "Khi\u200Bếu n\u200Bại, \u200Bthu hồi",
                new String[] {"khiếu", "nại", "thu", "hồi"},
                new int[] {0, 7, 14, 18},
                new int[] {6, 11, 17, 21},
                new int[] {1, 1, 1, 1});
    }

    public void testLookAlikesAreReplaced() throws IOException {
        assertAnalyzesTo(analyzer, "\u00D0\u01A1n ng\u01A3\u1EDDi",
                new String[] {"đơn", "người"},
                new int[] {0, 4},
                new int[] {3, 9});
    }

    public void testTextWithoutDiacriticsStaysWithoutThem() throws IOException {
        assertAnalyzesTo(analyzer, "khieu nai", new String[] {"khieu", "nai"});
    }

    public void testBothToneMarkPlacementsGiveTheSameTokens() throws IOException {
        assertAnalyzesTo(analyzer, "hoà giải", new String[] {"hòa", "giải"});
        assertAnalyzesTo(analyzer, "hòa giải", new String[] {"hòa", "giải"});
        assertAnalyzesTo(analyzer, "Công trình THUỶ LỢI", new String[] {"công", "trình", "thủy", "lợi"});
    }

    public void testBothSpellingsOfIYDoubletsGiveTheSameToken() throws IOException {
        assertAnalyzesTo(analyzer, "quí", new String[] {"quý"});
        assertAnalyzesTo(analyzer, "quý", new String[] {"quý"});
        assertAnalyzesTo(analyzer, "Kì họp", new String[] {"kỳ", "họp"});
    }

    public void testPrefixQueryTermsKeepTheirSpelling() {
        // A prefix term is part of a syllable: "ki" must stay "ki" to find "kiến".
        assertEquals(new BytesRef("ki"), analyzer.normalize("text", "KI"));
    }

    public void testNormalizesQueryTermsLikeTokens() {
        String decomposedUpperCase = Normalizer.normalize("KHIẾU", Normalizer.Form.NFD);
        assertEquals(new BytesRef("khiếu"), analyzer.normalize("text", decomposedUpperCase));
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
