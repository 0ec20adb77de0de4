package vn.donthu.analysis;

import org.apache.lucene.analysis.TokenStream;

/**
 * {@link VietnameseAnalyzer} with diacritics folded away, for a second field that matches queries
 * typed without them: "khieu nai" finds "khiếu nại".
 */
public final class VietnameseFoldedAnalyzer extends VietnameseAnalyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        TokenStreamComponents vietnamese = super.createComponents(fieldName);
        return new TokenStreamComponents(vietnamese.getSource(), new VietnameseFoldingFilter(vietnamese.getTokenStream()));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new VietnameseFoldingFilter(super.normalize(fieldName, in));
    }
}
