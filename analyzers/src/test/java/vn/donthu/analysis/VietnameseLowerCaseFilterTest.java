package vn.donthu.analysis;

import java.io.IOException;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.TestUtil;

public class VietnameseLowerCaseFilterTest extends BaseTokenStreamTestCase {

    public void testVietnameseLetters() throws IOException {
        try (Analyzer analyzer = analyzer(VietnameseLowerCaseFilter::new)) {
            assertAnalyzesTo(analyzer, "ĐƠN KHIẾU NẠI Ủy Ban", new String[] {"đơn khiếu nại ủy ban"});
        }
    }

    public void testEveryCharAsLowerCaseFilter() throws IOException {
        try (Analyzer ours = analyzer(VietnameseLowerCaseFilter::new); Analyzer lucene = analyzer(LowerCaseFilter::new)) {
            StringBuilder all = new StringBuilder();
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (!Character.isSurrogate((char) c)) {
                    all.append((char) c);
                }
            }
            all.appendCodePoint(0x10400); // DESERET CAPITAL LONG I, lower-cased to a supplementary char
            assertEquals(term(lucene, all.toString()), term(ours, all.toString()));
        }
    }

    public void testRandomTextAsLowerCaseFilter() throws IOException {
        try (Analyzer ours = analyzer(VietnameseLowerCaseFilter::new); Analyzer lucene = analyzer(LowerCaseFilter::new)) {
            int iterations = atLeast(1000);
            for (int i = 0; i < iterations; i++) {
                String text = random().nextBoolean()
                        ? TestUtil.randomUnicodeString(random(), 40)
                        : TestUtil.randomRealisticUnicodeString(random(), 40);
                assertEquals(term(lucene, text), term(ours, text));
            }
            checkRandomData(random(), ours, 200 * RANDOM_MULTIPLIER);
        }
    }

    private static Analyzer analyzer(Function<TokenStream, TokenStream> filter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, filter.apply(tokenizer));
            }
        };
    }

    private static String term(Analyzer analyzer, String text) throws IOException {
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            StringBuilder terms = new StringBuilder();
            while (stream.incrementToken()) {
                terms.append(term).append('\n');
            }
            stream.end();
            return terms.toString();
        }
    }
}
