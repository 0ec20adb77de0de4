package vn.donthu.analysis.elasticsearch;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import vn.donthu.analysis.VietnameseWordFilter;
import vn.donthu.analysis.segment.Lexicon;
import vn.donthu.analysis.segment.WordSegmenter;

/**
 * Joins syllables into words with the shipped lexicon ("khiếu_nại"); place it before lowercase,
 * since capitals mark names and acronyms.
 */
@NamedComponent("vietnamese_words")
public final class VietnameseWordTokenFilterFactory implements TokenFilterFactory {

    private final WordSegmenter segmenter = new WordSegmenter(Lexicon.installed());

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new VietnameseWordFilter(tokenStream, segmenter);
    }
}
