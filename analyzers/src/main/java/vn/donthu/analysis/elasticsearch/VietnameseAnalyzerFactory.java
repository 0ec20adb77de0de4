package vn.donthu.analysis.elasticsearch;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import vn.donthu.analysis.VietnameseAnalysis;
import vn.donthu.analysis.VietnameseAnalyzer;

/** Syllables with diacritics: the index analyzer of the main text field. */
@NamedComponent("vietnamese")
public final class VietnameseAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new VietnameseAnalyzer(VietnameseAnalysis.SYLLABLES);
    }
}
