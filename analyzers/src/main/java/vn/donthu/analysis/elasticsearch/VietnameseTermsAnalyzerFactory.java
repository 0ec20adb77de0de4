package vn.donthu.analysis.elasticsearch;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import vn.donthu.analysis.VietnameseAnalysis;
import vn.donthu.analysis.VietnameseAnalyzer;

/** Words without function words, for term statistics. */
@NamedComponent("vietnamese_terms")
public final class VietnameseTermsAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new VietnameseAnalyzer(VietnameseAnalysis.TERMS);
    }
}
