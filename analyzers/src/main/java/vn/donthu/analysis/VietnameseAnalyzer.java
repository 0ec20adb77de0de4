package vn.donthu.analysis;

import java.io.Reader;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import vn.donthu.analysis.segment.Lexicon;
import vn.donthu.analysis.segment.WordSegmenter;

/** One of the Vietnamese analysis chains ({@link VietnameseAnalysis} says which steps run). */
public final class VietnameseAnalyzer extends Analyzer {

    /** Built once per chain: the abbreviation list analysed by that chain's index form. */
    private static final Map<VietnameseAnalysis, SynonymMap> ABBREVIATIONS = new EnumMap<>(VietnameseAnalysis.class);

    private final VietnameseAnalysis analysis;

    public VietnameseAnalyzer() {
        this(VietnameseAnalysis.SYLLABLES);
    }

    public VietnameseAnalyzer(VietnameseAnalysis analysis) {
        this.analysis = analysis;
    }

    public VietnameseAnalysis analysis() {
        return analysis;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new VietnameseTokenizer();
        TokenStream stream = tokenizer;
        if (analysis.abbreviations()) {
            stream = new VietnameseAbbreviationMarkerFilter(stream);
        }
        stream = new VietnameseOrthographyFilter(stream);
        if (analysis.words()) {
            // Before lower case: capitals tell names ("Nguyễn Văn Thắng") and acronyms apart.
            stream = new VietnameseWordFilter(stream, ShippedSegmenter.INSTANCE);
        }
        stream = new VietnameseLowerCaseFilter(stream);
        if (analysis.folded()) {
            stream = new VietnameseFoldingFilter(stream);
        }
        if (analysis.stopwords()) {
            stream = new StopFilter(stream, VietnameseStopwords.defaultSet());
        }
        if (analysis.abbreviations()) {
            stream = new SynonymGraphFilter(stream, abbreviations(analysis), true);
        }
        VietnameseNormalizationCharFilter.ReadBuffer readBuffer = new VietnameseNormalizationCharFilter.ReadBuffer();
        // Components serve one document at a time in one thread: the previous document's filter
        // is done with the buffer when the next document's reader is set.
        return new TokenStreamComponents(reader -> {
            if (reader instanceof VietnameseNormalizationCharFilter filter) {
                filter.readInto(readBuffer);
            }
            tokenizer.setReader(reader);
        }, stream);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new VietnameseNormalizationCharFilter(reader);
    }

    // The two methods below serve query terms that are not analyzed, such as wildcard and prefix
    // terms: they must be normalized like the indexed tokens to match them. They leave out the
    // orthography filter: such a term is often part of a syllable, and "ki*" rewritten "ky*" would
    // no longer find "kiến".

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new VietnameseNormalizationCharFilter(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream lower = new LowerCaseFilter(in);
        return analysis.folded() ? new VietnameseFoldingFilter(lower) : lower;
    }

    /** Loaded on first use: the lexicon is only needed by the word chains. */
    private static final class ShippedSegmenter {
        static final WordSegmenter INSTANCE = new WordSegmenter(Lexicon.installed());
    }

    private static SynonymMap abbreviations(VietnameseAnalysis analysis) {
        synchronized (ABBREVIATIONS) {
            return ABBREVIATIONS.computeIfAbsent(analysis, a -> {
                try (Analyzer entries = new VietnameseAnalyzer(a.indexChain())) {
                    return VietnameseAbbreviations.synonyms(entries);
                }
            });
        }
    }
}
