package vn.donthu.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Vietnamese text, diacritics kept: {@link VietnameseNormalizationCharFilter}, then
 * {@link StandardTokenizer} (one token per syllable), then lower case, then one spelling per
 * syllable ({@link VietnameseOrthographyFilter}: "hoà" and "hòa", "quí" and "quý" give one token).
 */
public class VietnameseAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new VietnameseOrthographyFilter(new LowerCaseFilter(tokenizer)));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new VietnameseNormalizationCharFilter(reader);
    }

    // The two methods below serve query terms that are not analyzed, such as wildcard and prefix
    // terms: they must be normalized like the indexed tokens to match them. They leave out the
    // orthography filter: such a term is often part of a syllable, and "ki*" rewritten "ky*" would
    // no longer find "kiến".

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new VietnameseNormalizationCharFilter(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
