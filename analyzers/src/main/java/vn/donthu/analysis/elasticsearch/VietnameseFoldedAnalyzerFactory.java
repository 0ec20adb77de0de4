package vn.donthu.analysis.elasticsearch;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import vn.donthu.analysis.VietnameseAnalysis;
import vn.donthu.analysis.VietnameseAnalyzer;

/** Syllables with diacritics folded away, for queries typed without them. */
@NamedComponent("vietnamese_folded")
public final class VietnameseFoldedAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new VietnameseAnalyzer(VietnameseAnalysis.FOLDED);
    }
}
