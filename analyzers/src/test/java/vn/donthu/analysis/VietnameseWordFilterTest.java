package vn.donthu.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.CannedTokenStream;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.tests.analysis.Token;
import vn.donthu.analysis.segment.Lexicon;
import vn.donthu.analysis.segment.WordSegmenter;

public class VietnameseWordFilterTest extends BaseTokenStreamTestCase {

    private static final WordSegmenter SEGMENTER = new WordSegmenter(Lexicon.shipped());

    private Analyzer whitespace;
    private Analyzer standard;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        whitespace = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
                return new TokenStreamComponents(tokenizer, new VietnameseWordFilter(tokenizer, SEGMENTER));
            }
        };
        // As VietnameseAnalyzer would chain it: normalization, tokenizer, words, then lower case.
        standard = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream words = new VietnameseWordFilter(tokenizer, SEGMENTER);
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(words));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new VietnameseNormalizationCharFilter(reader);
            }
        };
    }

    @Override
    public void tearDown() throws Exception {
        whitespace.close();
        standard.close();
        super.tearDown();
    }

    public void testEmptyInput() throws IOException {
        assertAnalyzesTo(whitespace, "", new String[0]);
        assertAnalyzesTo(standard, "", new String[0]);
    }

    public void testJoinsWordsWithOffsetsSpanningTheirSyllables() throws IOException {
        assertAnalyzesTo(standard, "Đơn khiếu nại về đất đai",
                new String[] {"đơn", "khiếu_nại", "về", "đất_đai"},
                new int[] {0, 4, 14, 17},
                new int[] {3, 13, 16, 24},
                new String[] {"<ALPHANUM>", VietnameseWordFilter.WORD_TYPE, "<ALPHANUM>", VietnameseWordFilter.WORD_TYPE},
                new int[] {1, 1, 1, 1});
    }

    public void testPetitionSentence() throws IOException {
        assertAnalyzesTo(standard, "Tôi khiếu nại quyết định thu hồi đất của Ủy ban nhân dân huyện",
                new String[] {"tôi", "khiếu_nại", "quyết_định", "thu_hồi", "đất", "của", "ủy_ban", "nhân_dân", "huyện"});
    }

    public void testNamesAreJoinedBeforeLowerCasing() throws IOException {
        assertAnalyzesTo(standard, "ông Nguyễn Văn Thắng ở Thái Nguyên",
                new String[] {"ông", "nguyễn_văn_thắng", "ở", "thái_nguyên"},
                new int[] {0, 4, 21, 23},
                new int[] {3, 20, 22, 34});
    }

    public void testOnlyTheFirstRunIsKnownToStartASentence() throws IOException {
        // At the start of the text "Đơn" is read as capitalized for the sentence; after the full
        // stop the filter cannot tell a sentence from a clause, and "Đơn Hùng" reads as a name.
        assertAnalyzesTo(standard, "Đơn Hùng gửi. Đơn Hùng gửi",
                new String[] {"đơn", "hùng", "gửi", "đơn_hùng", "gửi"});
    }

    public void testPunctuationEndsARun() throws IOException {
        assertAnalyzesTo(standard, "khiếu, nại", new String[] {"khiếu", "nại"}, new int[] {1, 1});
        assertAnalyzesTo(standard, "thu. Hồi", new String[] {"thu", "hồi"});
    }

    public void testOnlyAOneCharacterGapJoins() throws IOException {
        assertAnalyzesTo(standard, "khiếu  nại", new String[] {"khiếu", "nại"});
        assertAnalyzesTo(standard, "khiếu\nnại", new String[] {"khiếu_nại"}, new int[] {0}, new int[] {9});
    }

    public void testNumbersPassThroughAndEndARun() throws IOException {
        assertAnalyzesTo(standard, "khiếu nại 2024 đất đai",
                new String[] {"khiếu_nại", "2024", "đất_đai"},
                new int[] {0, 10, 15},
                new int[] {9, 14, 22},
                new String[] {VietnameseWordFilter.WORD_TYPE, "<NUM>", VietnameseWordFilter.WORD_TYPE},
                new int[] {1, 1, 1});
    }

    public void testOffsetsPointIntoTheOriginalText() throws IOException {
        // Decomposed input: the char filter composes it, offsets still point into the input.
        String decomposed = java.text.Normalizer.normalize("khiếu nại", java.text.Normalizer.Form.NFD);
        assertAnalyzesTo(standard, decomposed, new String[] {"khiếu_nại"}, new int[] {0}, new int[] {decomposed.length()});
    }

    public void testARemovedTokenEndsARun() throws IOException {
        Analyzer withStopWords = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stopped = new StopFilter(tokenizer, new CharArraySet(Set.of("xyz"), false));
                return new TokenStreamComponents(tokenizer, new VietnameseWordFilter(stopped, SEGMENTER));
            }
        };
        assertAnalyzesTo(withStopWords, "khiếu xyz nại", new String[] {"khiếu", "nại"}, new int[] {1, 2});
        withStopWords.close();
    }

    public void testTokensOfOtherTypesPassThroughUntouched() throws IOException {
        TokenStream tokens = new CannedTokenStream(
                token("đơn", 0, 3, "<SYLLABLE>"),
                token("khiếu", 4, 9, "<SYLLABLE>"),
                token("nại", 10, 13, "<SYLLABLE>"),
                token("số", 14, 16, "<SYLLABLE>"),
                token("12/2021/QĐ-UBND", 17, 32, "<DOCNUMBER>"),
                token("ngày", 33, 37, "<SYLLABLE>"),
                token("05/03/2024", 38, 48, "<DATE>"),
                token("thu", 49, 52, "<SYLLABLE>"),
                token("hồi", 53, 56, "<SYLLABLE>"));
        assertTokenStreamContents(new VietnameseWordFilter(tokens, SEGMENTER),
                new String[] {"đơn", "khiếu_nại", "số", "12/2021/QĐ-UBND", "ngày", "05/03/2024", "thu_hồi"},
                new int[] {0, 4, 14, 17, 33, 38, 49},
                new int[] {3, 13, 16, 32, 37, 48, 56},
                new String[] {"<SYLLABLE>", VietnameseWordFilter.WORD_TYPE, "<SYLLABLE>", "<DOCNUMBER>", "<SYLLABLE>", "<DATE>",
                    VietnameseWordFilter.WORD_TYPE},
                new int[] {1, 1, 1, 1, 1, 1, 1});
    }

    public void testAttributesOfOtherKindsAreKeptPerToken() throws IOException {
        // A stream with an attribute the filter does not know: each token keeps its own value.
        TokenStream tokens = new CannedTokenStream(
                token("khiếu", 0, 5, "<SYLLABLE>"),
                token("nại", 6, 9, "<SYLLABLE>"),
                token("đất", 10, 13, "<SYLLABLE>"),
                token("2024", 14, 18, "<NUM>"));
        TokenStream flagged = new TokenFilter(tokens) {
            private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() throws IOException {
                if (!input.incrementToken()) {
                    return false;
                }
                flags.setFlags(++next);
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
        TokenStream words = new VietnameseWordFilter(flagged, SEGMENTER);
        FlagsAttribute flags = words.getAttribute(FlagsAttribute.class);
        CharTermAttribute term = words.getAttribute(CharTermAttribute.class);
        words.reset();
        StringBuilder seen = new StringBuilder();
        while (words.incrementToken()) {
            seen.append(term).append('=').append(flags.getFlags()).append(' ');
        }
        words.end();
        words.close();
        assertEquals("khiếu_nại=1 đất=3 2024=4 ", seen.toString());
    }

    public void testOtherSyllableTypesCanBeGiven() throws IOException {
        TokenStream tokens = new CannedTokenStream(token("khiếu", 0, 5, "<HANGUL>"), token("nại", 6, 9, "<HANGUL>"));
        assertTokenStreamContents(new VietnameseWordFilter(tokens, SEGMENTER, Set.of("<HANGUL>")),
                new String[] {"khiếu_nại"}, new int[] {0}, new int[] {9});
    }

    public void testWhitespaceTokenizerTypes() throws IOException {
        assertAnalyzesTo(whitespace, "Giải quyết khiếu nại",
                new String[] {"Giải_quyết", "khiếu_nại"}, new int[] {0, 11}, new int[] {10, 20});
    }

    public void testLongRunsAreCut() throws IOException {
        // "đơn" and 128 times "khiếu nại": the first run holds MAX_RUN syllables and ends with "khiếu".
        int pairs = VietnameseWordFilter.MAX_RUN / 2;
        StringBuilder text = new StringBuilder("đơn");
        for (int i = 0; i < pairs; i++) {
            text.append(" khiếu nại");
        }
        String[] expected = new String[pairs + 2];
        java.util.Arrays.fill(expected, "khiếu_nại");
        expected[0] = "đơn";
        expected[pairs] = "khiếu";
        expected[pairs + 1] = "nại";
        assertAnalyzesTo(standard, text.toString(), expected);
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), standard, 200 * RANDOM_MULTIPLIER);
        checkRandomData(random(), whitespace, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomVietnameseText() throws IOException {
        int iterations = atLeast(200);
        for (int i = 0; i < iterations; i++) {
            checkAnalysisConsistency(random(), standard, random().nextBoolean(), RandomVietnameseText.next(random(), 60));
        }
    }

    public void testRandomSentencesOfLexiconWords() throws IOException {
        java.util.List<String> words = Lexicon.shipped().words();
        int iterations = atLeast(100);
        for (int i = 0; i < iterations; i++) {
            StringBuilder text = new StringBuilder();
            int count = random().nextInt(30);
            for (int k = 0; k < count; k++) {
                text.append(words.get(random().nextInt(words.size()))).append(random().nextInt(5) == 0 ? ", " : " ");
            }
            checkAnalysisConsistency(random(), standard, random().nextBoolean(), text.toString());
        }
    }

    /**
     * Right after the orthography filter, the word filter finds syllables by that filter's term
     * indices; behind any other filter, by their chars. Both must give the same words, also once
     * the orthography filter has seen so many terms that it forgets them and reuses its indices.
     */
    public void testSameWordsWhetherTheOrthographyFilterLeadsInOrNot() throws IOException {
        java.util.List<String> words = Lexicon.shipped().words();
        try (Analyzer byIndex = orthographyThenWords(false); Analyzer byChars = orthographyThenWords(true)) {
            int distinct = 0;
            for (int document = 0; document < 30; document++) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < 2_500; k++) {
                    text.append(words.get(random().nextInt(words.size()))).append(random().nextInt(8) == 0 ? ". " : " ");
                    // Terms never seen before ("ba", "bb"...), 75,000 in all: more than the orthography filter remembers.
                    text.append(Integer.toString(26 * 26 + distinct++, 26).chars()
                            .map(c -> (char) ('a' + Character.digit(c, 26)))
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append(' ');
                }
                assertEquals(tokens(byChars, text.toString()), tokens(byIndex, text.toString()));
            }
        }
    }

    /** The Vietnamese tokenizer, orthography and word filters; with a filter that changes nothing between the last two, or not. */
    private static Analyzer orthographyThenWords(boolean filterBetween) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new VietnameseTokenizer();
                TokenStream stream = new VietnameseOrthographyFilter(tokenizer);
                if (filterBetween) {
                    stream = new TokenFilter(stream) {
                        @Override
                        public boolean incrementToken() throws IOException {
                            return input.incrementToken();
                        }
                    };
                }
                return new TokenStreamComponents(tokenizer, new VietnameseWordFilter(stream, SEGMENTER));
            }
        };
    }

    /** Each token as term, offsets, type and position increment. */
    private static java.util.List<String> tokens(Analyzer analyzer, String text) throws IOException {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            org.apache.lucene.analysis.tokenattributes.TypeAttribute type =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
            org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute increment =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " " + type.type()
                        + " +" + increment.getPositionIncrement());
            }
            stream.end();
        }
        return tokens;
    }

    private static Token token(String text, int start, int end, String type) {
        Token token = new Token(text, start, end);
        token.setType(type);
        return token;
    }
}
