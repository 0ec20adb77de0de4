package vn.donthu.analysis.elasticsearch;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import vn.donthu.analysis.VietnameseFoldingFilter;

@NamedComponent("vietnamese_folding")
public final class VietnameseFoldingTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new VietnameseFoldingFilter(tokenStream);
    }

    /** The default leaves wildcard and prefix terms as typed, so "khiếu*" would miss "khieu". */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
