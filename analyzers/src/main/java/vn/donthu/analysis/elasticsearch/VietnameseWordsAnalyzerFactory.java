package vn.donthu.analysis.elasticsearch;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import vn.donthu.analysis.VietnameseAnalysis;
import vn.donthu.analysis.VietnameseAnalyzer;

/** Words: syllables joined by the segmenter. */
@NamedComponent("vietnamese_words")
public final class VietnameseWordsAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new VietnameseAnalyzer(VietnameseAnalysis.WORDS);
    }
}
