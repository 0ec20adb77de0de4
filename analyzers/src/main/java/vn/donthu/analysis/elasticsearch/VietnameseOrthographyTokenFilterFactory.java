package vn.donthu.analysis.elasticsearch;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import vn.donthu.analysis.VietnameseOrthographyFilter;

/**
 * One spelling per syllable (hoà/hòa, quí/quý). {@code normalize} keeps the default pass-through:
 * a prefix term such as "ki*" is part of a syllable, and rewriting it "ky*" would miss "kiến".
 */
@NamedComponent("vietnamese_orthography")
public final class VietnameseOrthographyTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new VietnameseOrthographyFilter(tokenStream);
    }
}
