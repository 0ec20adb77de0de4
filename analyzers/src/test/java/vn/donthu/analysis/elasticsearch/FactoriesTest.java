package vn.donthu.analysis.elasticsearch;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import vn.donthu.analysis.VietnameseAnalyzer;
import java.util.List;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Each factory answers to the name of its annotation and builds its component both for indexing
 * and for query terms (normalize), which Elasticsearch uses for wildcard and prefix queries.
 */
public class FactoriesTest extends BaseTokenStreamTestCase {

    private static final String DECOMPOSED = Normalizer.normalize("Đơn khiếu nại", Normalizer.Form.NFD);

    public void testNames() {
        assertEquals("vietnamese_normalization", new VietnameseNormalizationCharFilterFactory().name());
        assertEquals("vietnamese_folding", new VietnameseFoldingTokenFilterFactory().name());
        assertEquals("vietnamese", new VietnameseAnalyzerFactory().name());
        assertEquals("vietnamese_folded", new VietnameseFoldedAnalyzerFactory().name());
    }

    /** Each analyzer factory builds the chain whose Elasticsearch name it is registered under. */
    public void testAnalyzerFactoriesBuildTheChainTheyAreNamedFor() {
        for (AnalyzerFactory factory : List.of(new VietnameseAnalyzerFactory(), new VietnameseFoldedAnalyzerFactory(),
                new VietnameseSearchAnalyzerFactory(), new VietnameseFoldedSearchAnalyzerFactory(),
                new VietnameseWordsAnalyzerFactory(), new VietnameseTermsAnalyzerFactory())) {
            try (Analyzer analyzer = factory.create()) {
                assertEquals(factory.name(), ((VietnameseAnalyzer) analyzer).analysis().elasticsearchName());
            }
        }
    }

    public void testCharFilterFactoryNormalizesTextAndQueryTerms() throws IOException {
        VietnameseNormalizationCharFilterFactory factory = new VietnameseNormalizationCharFilterFactory();
        assertEquals("Đơn khiếu nại", readAll(factory.create(new StringReader(DECOMPOSED))));
        assertEquals("Đơn khiếu nại", readAll(factory.normalize(new StringReader(DECOMPOSED))));
    }

    public void testTokenFilterFactoryFoldsTokensAndQueryTerms() throws IOException {
        VietnameseFoldingTokenFilterFactory factory = new VietnameseFoldingTokenFilterFactory();
        assertTokenStreamContents(factory.create(tokenizer(MockTokenizer.WHITESPACE, "Đơn khiếu nại")), new String[] {"Don", "khieu", "nai"});
        assertTokenStreamContents(factory.normalize(tokenizer(MockTokenizer.KEYWORD, "khiếu*")), new String[] {"khieu*"});
    }

    private static Tokenizer tokenizer(CharacterRunAutomaton kind, String text) {
        Tokenizer tokenizer = new MockTokenizer(kind, false);
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    private static String readAll(Reader reader) throws IOException {
        try (reader) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[64];
            for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
            return text.toString();
        }
    }
}
