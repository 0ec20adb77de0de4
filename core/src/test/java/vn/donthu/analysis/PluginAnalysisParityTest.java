package vn.donthu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.analysis.CharFilter;
import co.elastic.clients.elasticsearch._types.analysis.TokenFilter;
import co.elastic.clients.elasticsearch._types.analysis.Tokenizer;
import co.elastic.clients.elasticsearch.indices.AnalyzeRequest;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vn.donthu.analysis.segment.Lexicon;
import vn.donthu.analysis.segment.WordSegmenter;
import vn.donthu.testing.TestElasticsearch;

/**
 * Elasticsearch runs exactly the analysis of the Lucene classes: the plugin installed in the
 * managed node gives, through {@code _analyze}, the same tokens, offsets, positions and types.
 */
class PluginAnalysisParityTest {

    private static final ElasticsearchClient client = TestElasticsearch.client();

    static final List<String> TEXTS = List.of(
            "Đơn khiếu nại về việc Ủy ban nhân dân xã Tân Đức, huyện Phú Bình thu hồi đất đai của gia đình tôi.",
            "Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/01/2021, thửa đất số 215, tờ bản đồ số 12; CCCD 038051007264, "
                    + "điện thoại 0387 915 602, email lehoa@gmail.com",
            "UBND X. Tân Đức, H. Phú Bình, T. Thái Nguyên hoà giải việc quí ông Nguyễn Văn Thắng khỏe mạnh thuỷ lợi",
            "khieu nai dat dai phu binh ubnd xa",
            Normalizer.normalize("Tố cáo hành vi tham nhũng của cán bộ địa chính", Normalizer.Form.NFD),
            "§¬n khiÕu n¹i vÒ viÖc thu håi ®Êt cña gia ®×nh t«i t¹i x· T©n §øc",
            "Ngày 12-03-2021 ông Lê Văn Toàn, sinh năm 1951, nông nghi-\nệp, nhận 1.500.000 đồng");

    @ParameterizedTest
    @EnumSource(VietnameseAnalysis.class)
    void everyAnalyzerOfThePluginAnalyzesLikeItsLuceneClass(VietnameseAnalysis analysis) throws IOException {
        for (String text : TEXTS) {
            List<String> elasticsearch = elasticsearch(a -> a.analyzer(analysis.elasticsearchName()).text(text));
            List<String> lucene = lucene(() -> new VietnameseAnalyzer(analysis), text);

            assertThat(elasticsearch).as("%s on: %s", analysis.elasticsearchName(), text).isEqualTo(lucene).isNotEmpty();
        }
    }

    /** Only our own components: this distribution has no analysis-common (no lowercase filter by name). */
    @Test
    void theNamedComponentsComposeIntoCustomChains() throws IOException {
        for (String text : TEXTS) {
            List<String> elasticsearch = elasticsearch(a -> a
                    .charFilter(CharFilter.of(c -> c.name("vietnamese_normalization")))
                    .tokenizer(Tokenizer.of(t -> t.name("vietnamese")))
                    .filter(Stream.of("vietnamese_abbreviation_marker", "vietnamese_orthography", "vietnamese_words",
                                    "vietnamese_folding", "vietnamese_stop")
                            .map(name -> TokenFilter.of(f -> f.name(name))).toList())
                    .text(text));
            List<String> lucene = lucene(() -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    org.apache.lucene.analysis.Tokenizer tokenizer = new VietnameseTokenizer();
                    TokenStream stream = new VietnameseOrthographyFilter(new VietnameseAbbreviationMarkerFilter(tokenizer));
                    stream = new VietnameseFoldingFilter(new VietnameseWordFilter(stream, new WordSegmenter(Lexicon.installed())));
                    return new TokenStreamComponents(tokenizer,
                            new org.apache.lucene.analysis.StopFilter(stream, VietnameseStopwords.defaultSet()));
                }

                @Override
                protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                    return new VietnameseNormalizationCharFilter(reader);
                }
            }, text);

            assertThat(elasticsearch).as("custom chain on: %s", text).isEqualTo(lucene).isNotEmpty();
        }
    }

    private static List<String> elasticsearch(java.util.function.Function<AnalyzeRequest.Builder, AnalyzeRequest.Builder> request)
            throws IOException {
        List<String> tokens = new ArrayList<>();
        for (AnalyzeToken token : client.indices().analyze(request::apply).tokens()) {
            tokens.add(describe(token.token(), token.startOffset(), token.endOffset(), token.position(), token.type()));
        }
        return tokens;
    }

    private static List<String> lucene(Supplier<Analyzer> analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (Analyzer a = analyzer.get(); TokenStream stream = a.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            long position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(describe(term.toString(), offsets.startOffset(), offsets.endOffset(), position, type.type()));
            }
            stream.end();
        }
        return tokens;
    }

    private static String describe(String term, long start, long end, long position, String type) {
        return term + " [" + start + "-" + end + "] @" + position + " " + type;
    }
}
