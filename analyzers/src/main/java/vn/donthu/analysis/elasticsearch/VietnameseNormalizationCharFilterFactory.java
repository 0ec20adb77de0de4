package vn.donthu.analysis.elasticsearch;

import java.io.Reader;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import vn.donthu.analysis.VietnameseNormalizationCharFilter;

@NamedComponent("vietnamese_normalization")
public final class VietnameseNormalizationCharFilterFactory implements CharFilterFactory {

    @Override
    public Reader create(Reader reader) {
        return new VietnameseNormalizationCharFilter(reader);
    }

    /** The default leaves wildcard and prefix terms as typed, so they would miss normalized tokens. */
    @Override
    public Reader normalize(Reader reader) {
        return create(reader);
    }
}
