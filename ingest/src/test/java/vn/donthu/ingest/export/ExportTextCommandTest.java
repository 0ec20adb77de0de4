package vn.donthu.ingest.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.donthu.config.Settings;
import vn.donthu.index.IndexNames;
import vn.donthu.ingest.Ingester;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.testing.SampleLetters;
import vn.donthu.testing.TestElasticsearch;

class ExportTextCommandTest {

    private final ElasticsearchClient client = TestElasticsearch.client();
    private final IndexNames names = TestElasticsearch.createLettersIndex("export");

    @AfterEach
    void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void everySourcePathGetsItsTextBesideItsOwnName(@TempDir Path in, @TempDir Path out) throws Exception {
        Path original = Files.copy(SampleLetters.file("khieu-nai-boi-thuong-thu-hoi-dat-2021.txt"), in.resolve("don.txt"));
        Path copy = Files.copy(original, Files.createDirectories(in.resolve("ban-sao")).resolve("don.txt"));
        OcrSettings ocr = OcrSettings.from(Settings.system().withOverrides(Map.of(OcrSettings.WORKERS, "1")));
        try (Ingester ingester = new Ingester(client, names, ocr)) {
            ingester.ingest(List.of(in), new PrintStream(OutputStream.nullOutputStream()), false);
        }
        client.indices().refresh(r -> r.index(names.lettersAlias()));

        long written = ExportTextCommand.export(client, names.lettersAlias(), out);

        assertThat(written).isEqualTo(2);
        for (Path source : List.of(original, copy)) {
            Path text = out.resolve(source.toString().substring(1) + ".txt");
            assertThat(Files.readString(text, StandardCharsets.UTF_8))
                    .isEqualTo(SampleLetters.groundTruth("khieu-nai-boi-thuong-thu-hoi-dat-2021").strip());
        }
    }

    @Test
    void aSourcePathCannotLeadOutOfTheExportFolder(@TempDir Path out) {
        assertThat(ExportTextCommand.targetFor(out, "C:\\Lưu trữ\\đơn.pdf")).isEqualTo(out.resolve("Lưu trữ/đơn.pdf.txt"));
        assertThatThrownBy(() -> ExportTextCommand.targetFor(out, "/archive/../../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
