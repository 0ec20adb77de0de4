package vn.donthu.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.tests.util.TestUtil;

public class VietnameseNormalizationCharFilterTest extends BaseTokenStreamTestCase {

    private Analyzer whitespaceAnalyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        // A tokenizer that changes nothing, so that the tokens show the char filter's work alone.
        whitespaceAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new MockTokenizer(MockTokenizer.WHITESPACE, false));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new VietnameseNormalizationCharFilter(reader);
            }
        };
    }

    @Override
    public void tearDown() throws Exception {
        whitespaceAnalyzer.close();
        super.tearDown();
    }

    public void testEmptyInput() throws IOException {
        assertAnalyzesTo(whitespaceAnalyzer, "", new String[0]);
        assertEquals("", normalizeWithFilter(""));
    }

    public void testPrecomposedSentenceKeepsItsOffsets() throws IOException {
        assertAnalyzesTo(whitespaceAnalyzer, "Đơn khiếu nại về đất đai",
                new String[] {"Đơn", "khiếu", "nại", "về", "đất", "đai"},
                new int[] {0, 4, 10, 14, 17, 21},
                new int[] {3, 9, 13, 16, 20, 24});
    }

    public void testDecomposedSentenceMapsOffsetsToTheDecomposedText() throws IOException {
        String decomposed = Normalizer.normalize("Đơn khiếu nại về việc thu hồi đất", Normalizer.Form.NFD);
        assertAnalyzesTo(whitespaceAnalyzer, decomposed,
                new String[] {"Đơn", "khiếu", "nại", "về", "việc", "thu", "hồi", "đất"},
                new int[] {0, 5, 13, 18, 23, 30, 34, 40},
                new int[] {4, 12, 17, 22, 29, 33, 39, 45});
    }

    public void testZeroWidthSpaceInsideAWordIsCoveredByTheWord() throws IOException {
        assertAnalyzesTo(whitespaceAnalyzer, "khi\u200Bếu nại",
                new String[] {"khiếu", "nại"},
                new int[] {0, 7},
                new int[] {6, 10});
    }

    public void testLeadingByteOrderMarkIsLeftOutOfTheFirstWord() throws IOException {
        assertAnalyzesTo(whitespaceAnalyzer, "\uFEFFĐơn khiếu",
                new String[] {"Đơn", "khiếu"},
                new int[] {1, 5},
                new int[] {4, 10});
    }

    public void testSoftHyphenInsideAWordIsCoveredByTheWord() throws IOException {
        assertAnalyzesTo(whitespaceAnalyzer, "thu h\u00ADồi",
                new String[] {"thu", "hồi"},
                new int[] {0, 4},
                new int[] {3, 8});
    }

    public void testLookAlikesKeepTheirOffsets() throws IOException {
        assertAnalyzesTo(whitespaceAnalyzer, "\u00D0\u01A1n ng\u01A3\u1EDDi \u00F0\u1EA5t",
                new String[] {"Đơn", "người", "đất"},
                new int[] {0, 4, 10},
                new int[] {3, 9, 13});
    }

    public void testDecomposedLookAlikeMapsOffsetsToTheDecomposedText() throws IOException {
        // ƣ followed by a combining tilde: one letter, ữ, over two chars of the input.
        assertAnalyzesTo(whitespaceAnalyzer, "nh\u01A3\u0303ng học",
                new String[] {"những", "học"},
                new int[] {0, 7},
                new int[] {6, 10});
    }

    public void testVniLettersOfTwoCharsAreHighlightedWhole() throws IOException {
        // "eá" (ế) and "aï" (ạ): two chars of input for one of output.
        assertAnalyzesTo(whitespaceAnalyzer, "Ñôn khieáu naïi veà vieäc",
                new String[] {"Đơn", "khiếu", "nại", "về", "việc"},
                new int[] {0, 4, 11, 16, 20},
                new int[] {3, 10, 15, 19, 25});
    }

    public void testTcvn3LettersKeepTheirOffsets() throws IOException {
        assertAnalyzesTo(whitespaceAnalyzer, "§¬n khiÕu n¹i",
                new String[] {"Đơn", "khiếu", "nại"},
                new int[] {0, 4, 10},
                new int[] {3, 9, 13});
    }

    public void testWordJoinedAcrossALineBreakCoversBothLines() throws IOException {
        // "nghi-\n    ệp": the token spans the hyphen, the line break and the indentation.
        assertAnalyzesTo(whitespaceAnalyzer, "nông nghi-\n    ệp ổn định",
                new String[] {"nông", "nghiệp", "ổn", "định"},
                new int[] {0, 5, 18, 21},
                new int[] {4, 17, 20, 25});
    }

    public void testDecomposedTextAndJoinedWordTogether() throws IOException {
        String text = Normalizer.normalize("đất nông nghi-\nệp", Normalizer.Form.NFD);
        // NFD: "đất" is 5 chars (đ a U+0302 U+0301 t), "nông" 5, "nghi-\nệp" 10.
        assertAnalyzesTo(whitespaceAnalyzer, text,
                new String[] {"đất", "nông", "nghiệp"},
                new int[] {0, 6, 12},
                new int[] {5, 11, 22});
    }

    public void testGivesWhatTheNormalizerGivesOnLegacyAndHyphenatedText() throws IOException {
        for (String text : new String[] {"§¬n khiÕu n¹i vÒ viÖc thu håi ®Êt", "Ñôn khieáu naïi veà vieäc",
                "Ðµc l§p - Tñ do - HÕnh phúc", "nông nghi-\nệp, QĐ-\nUBND", "ng\u00ADêi d©n th\u00ADêng tró"}) {
            assertEquals(VietnameseNormalizer.normalize(text), normalizeWithFilter(text));
        }
    }

    public void testCharsThatNormalizationLengthensPointToTheirOriginal() throws IOException {
        // NFC of U+FB2C is three chars: shin, dagesh, shin dot.
        VietnameseNormalizationCharFilter filter = new VietnameseNormalizationCharFilter(new StringReader("a \uFB2C b"));
        assertEquals("a \u05E9\u05BC\u05C1 b", readAll(filter));
        int[] expected = {0, 1, 2, 3, 3, 3, 4, 5};
        for (int offset = 0; offset < expected.length; offset++) {
            assertEquals("output offset " + offset, expected[offset], filter.correctOffset(offset));
        }
    }

    public void testCorrectedOffsetsNeverGoBackwards() throws IOException {
        int iterations = atLeast(200);
        for (int i = 0; i < iterations; i++) {
            String text = RandomVietnameseText.next(random(), 40);
            VietnameseNormalizationCharFilter filter = new VietnameseNormalizationCharFilter(new StringReader(text));
            int outputLength = readAll(filter).length();
            for (int offset = 1; offset <= outputLength; offset++) {
                assertTrue(text, filter.correctOffset(offset) >= filter.correctOffset(offset - 1));
            }
            assertEquals(text, text.length(), filter.correctOffset(outputLength));
        }
    }

    public void testGivesWhatTheNormalizerGives() throws IOException {
        int iterations = atLeast(200);
        for (int i = 0; i < iterations; i++) {
            String text = random().nextBoolean()
                    ? RandomVietnameseText.next(random(), 40)
                    : TestUtil.randomUnicodeString(random(), 40);
            assertEquals(VietnameseNormalizer.normalize(text), normalizeWithFilter(text));
        }
    }

    public void testGivesWhatTheNormalizerGivesOnRandomLegacyText() throws IOException {
        int iterations = atLeast(200);
        for (int i = 0; i < iterations; i++) {
            String text = RandomLegacyText.next(random(), 20);
            assertEquals(text, VietnameseNormalizer.normalize(text), normalizeWithFilter(new OneCharAtATimeReader(text)));
        }
    }

    public void testCorrectedOffsetsOfRandomLegacyTextNeverGoBackwards() throws IOException {
        int iterations = atLeast(200);
        for (int i = 0; i < iterations; i++) {
            String text = RandomLegacyText.next(random(), 20);
            VietnameseNormalizationCharFilter filter = new VietnameseNormalizationCharFilter(new StringReader(text));
            int outputLength = readAll(filter).length();
            for (int offset = 1; offset <= outputLength; offset++) {
                assertTrue(text, filter.correctOffset(offset) >= filter.correctOffset(offset - 1));
            }
            assertEquals(text, text.length(), filter.correctOffset(outputLength));
        }
    }

    public void testRandomLegacyText() throws IOException {
        int iterations = atLeast(100);
        for (int i = 0; i < iterations; i++) {
            checkAnalysisConsistency(random(), whitespaceAnalyzer, random().nextBoolean(), RandomLegacyText.next(random(), 30));
        }
    }

    public void testGivesWhatTheNormalizerGivesAcrossChunksOfAnySize() throws IOException {
        // Long enough for several chunks of the filter's reads, and read one char at a time.
        String text = RandomVietnameseText.next(random(), 5000);
        assertEquals(VietnameseNormalizer.normalize(text), normalizeWithFilter(new OneCharAtATimeReader(text)));
        assertEquals(VietnameseNormalizer.normalize(text), normalizeWithFilter(text));
    }

    public void testComposesEveryDecomposableCharacterLikeTheNormalizer() throws IOException {
        // Guards the unit boundaries against every composition that the JDK's Unicode knows.
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
            if (decomposed.codePointCount(0, decomposed.length()) > 1) {
                String text = "x" + decomposed + " " + decomposed + decomposed;
                assertEquals(String.format("U+%04X", codePoint), VietnameseNormalizer.normalize(text), normalizeWithFilter(text));
            }
        }
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), whitespaceAnalyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomVietnameseText() throws IOException {
        int iterations = atLeast(200);
        for (int i = 0; i < iterations; i++) {
            checkAnalysisConsistency(random(), whitespaceAnalyzer, random().nextBoolean(), RandomVietnameseText.next(random(), 60));
        }
    }

    private static String normalizeWithFilter(String text) throws IOException {
        return normalizeWithFilter(new StringReader(text));
    }

    private static String normalizeWithFilter(Reader input) throws IOException {
        try (Reader filter = new VietnameseNormalizationCharFilter(input)) {
            return readAll(filter);
        }
    }

    /** Reads in pieces of random size, so that a piece may end anywhere in a unit. */
    private static String readAll(Reader reader) throws IOException {
        StringBuilder output = new StringBuilder();
        char[] buffer = new char[1 + random().nextInt(100)];
        for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
            output.append(buffer, 0, read);
        }
        return output.toString();
    }

    /** Hands out one char per read, splitting every surrogate pair and every letter from its marks. */
    private static final class OneCharAtATimeReader extends Reader {

        private final String text;
        private int position;

        OneCharAtATimeReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == text.length()) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            buffer[offset] = text.charAt(position++);
            return 1;
        }

        @Override
        public void close() {
        }
    }
}
