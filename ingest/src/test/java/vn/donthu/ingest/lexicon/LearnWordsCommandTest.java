package vn.donthu.ingest.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.donthu.analysis.segment.CollocationLearner;
import vn.donthu.analysis.segment.LearnedWord;
import vn.donthu.config.Settings;
import vn.donthu.index.IndexNames;
import vn.donthu.ingest.Ingester;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.testing.SampleLetters;
import vn.donthu.testing.TestElasticsearch;

/** Words are learned from what the index holds, OCRed scans included. */
class LearnWordsCommandTest {

    private final ElasticsearchClient client = TestElasticsearch.client();
    private final IndexNames names = TestElasticsearch.createLettersIndex("learn");

    @AfterEach
    void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void learnsTheRepeatedCollocationsOfTheIndexedLetters() throws Exception {
        OcrSettings ocr = OcrSettings.from(Settings.system().withOverrides(Map.of(OcrSettings.WORKERS, "2")));
        try (Ingester ingester = new Ingester(client, names, ocr)) {
            ingester.ingest(List.of(SampleLetters.folder()), new PrintStream(OutputStream.nullOutputStream()), false);
        }
        client.indices().refresh(r -> r.index(names.lettersAlias()));
        CollocationLearner learner = CollocationLearner.builder().build();

        long letters = LearnWordsCommand.feed(client, names.lettersAlias(), learner);

        assertThat(letters).isEqualTo(6);
        assertThat(learner.learn()).extracting(LearnedWord::word).contains("khiếu nại", "thu hồi", "bồi thường");
    }
}
