package vn.donthu.analysis.elasticsearch;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import vn.donthu.analysis.VietnameseStopwords;

/** Drops Vietnamese function words; for term statistics, not for the main search fields. */
@NamedComponent("vietnamese_stop")
public final class VietnameseStopTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StopFilter(tokenStream, VietnameseStopwords.defaultSet());
    }
}
