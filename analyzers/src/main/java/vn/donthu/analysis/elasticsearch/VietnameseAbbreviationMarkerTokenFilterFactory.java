package vn.donthu.analysis.elasticsearch;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import vn.donthu.analysis.VietnameseAbbreviationMarkerFilter;

/** Marks capital Q, H, X, P as place-level abbreviations ("X. Tân Đức"); place it before lowercase. */
@NamedComponent("vietnamese_abbreviation_marker")
public final class VietnameseAbbreviationMarkerTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new VietnameseAbbreviationMarkerFilter(tokenStream);
    }
}
