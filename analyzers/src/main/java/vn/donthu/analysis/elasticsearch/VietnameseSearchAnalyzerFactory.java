package vn.donthu.analysis.elasticsearch;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import vn.donthu.analysis.VietnameseAnalysis;
import vn.donthu.analysis.VietnameseAnalyzer;

/** The search analyzer of the main text field: abbreviations expanded. */
@NamedComponent("vietnamese_search")
public final class VietnameseSearchAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new VietnameseAnalyzer(VietnameseAnalysis.SYLLABLES_SEARCH);
    }
}
