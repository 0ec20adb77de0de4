package vn.donthu.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.donthu.elasticsearch.ConnectionSettings;
import vn.donthu.elasticsearch.ElasticsearchClients;
import vn.donthu.index.IndexNames;
import vn.donthu.index.Json;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.ingest.corpus.CorpusGenerator;
import vn.donthu.ingest.corpus.GeneratedLetter;
import vn.donthu.ingest.index.LetterIndexer;
import vn.donthu.ingest.matter.MatterGrouping;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterKind;
import vn.donthu.testing.TestElasticsearch;

/** Exports of other petition software into a real Elasticsearch: every record once, failures by line. */
class LetterImportTest {

    private final ElasticsearchClient client = TestElasticsearch.client();
    private final IndexNames names = TestElasticsearch.createLettersIndex("import");
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ImportMapping mapping = ImportMapping.of(Map.of("system", "qldt", "id", "ma_don",
            "text", "tieu_de, noi_dung", "received_date", "ngay_nhan", "metadata", "*"), "test");

    @TempDir
    Path folder;

    @AfterEach
    void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void everyRecordOfAJsonLinesExportBecomesOneLetterAndBadRecordsAreReportedByLine() throws Exception {
        Path export = write("export.jsonl", """
                {"ma_don":"QLD-1","ngay_nhan":"12/03/2021","tieu_de":"Đơn khiếu nại","noi_dung":"Tôi khiếu nại việc bồi thường khi thu hồi đất tại xã Tân Đức.","loai_don":"Khiếu nại"}
                {"ma_don":"QLD-2","ngay_nhan":"2022-01-05","noi_dung":"Phản ánh ô nhiễm môi trường của nhà máy gạch."}

                {"ma_don":"QLD-3","ngay_nhan":"hôm qua","noi_dung":"Tố cáo cán bộ địa chính."}
                {"ma_don":"QLD-4","noi_dung":""}
                {"ma_don": "QLD-5", "noi_dung": "thiếu ngoặc"
                {"ma_don":"QLD-1","noi_dung":"Bản ghi trùng mã."}
                """);

        LetterImport.Result result = importer().run(export, mapping, state(export), false);

        assertThat(result.imported()).isEqualTo(2);
        List<String> failures = failureLines(result);
        assertThat(failures).hasSize(4);
        assertThat(failures.get(0)).isEqualTo("4: record QLD-3: 'hôm qua' in 'ngay_nhan' is not a date (set date_format in the mapping)");
        assertThat(failures.get(1)).isEqualTo("5: record QLD-4 has no text in [tieu_de, noi_dung]");
        assertThat(failures.get(2)).startsWith("6: not valid JSON: Unexpected end-of-input");
        assertThat(failures.get(3)).isEqualTo("7: the record id QLD-1 is already used on line 1; importing both would keep only one");
        Letter first = letter(RecordLetters.letterId("qldt", "QLD-1"));
        assertThat(first.text()).isEqualTo("Đơn khiếu nại\n\nTôi khiếu nại việc bồi thường khi thu hồi đất tại xã Tân Đức.");
        assertThat(first.sourceRecord().receivedDate()).isEqualTo(LocalDate.of(2021, 3, 12));
        assertThat(first.sourceRecord().metadata()).containsExactly(Map.entry("loai_don", "Khiếu nại"));
        assertThat(first.sourcePath()).isEqualTo(export.toAbsolutePath() + "#QLD-1");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void anImportedLetterIsReadAndItsSenderMaskedLikeAnIngestedOne() throws Exception {
        Path export = write("to-cao.jsonl", """
                {"ma_don":"QLD-9","noi_dung":"ĐƠN TỐ CÁO\\nKính gửi: Thanh tra tỉnh Thái Nguyên\\nTôi tên là Nguyễn Văn Hùng, sinh năm 1968, CCCD số 019068001234, trú tại xóm 5, xã Tân Đức, huyện Phú Bình, tỉnh Thái Nguyên.\\nTôi tố cáo ông Trần Văn Long, cán bộ địa chính xã, đã nhận tiền của các hộ dân khi làm hồ sơ cấp giấy chứng nhận."}
                """);

        importer().run(export, mapping, state(export), false);

        Letter letter = letter(RecordLetters.letterId("qldt", "QLD-9"));
        assertThat(letter.details().kinds()).contains(LetterKind.TO_CAO);
        assertThat(letter.text()).contains("Nguyễn Văn Hùng");
        assertThat(letter.redactedText()).contains("Tôi tố cáo ông Trần Văn Long")
                .doesNotContain("Nguyễn Văn Hùng").doesNotContain("019068001234");
    }

    @Test
    void aSemicolonCsvWithQuotedLineBreaksImports() throws Exception {
        Path export = write("export.csv", "\uFEFFma_don;ngay_nhan;noi_dung\r\n"
                + "A1;05/01/2022;\"Kiến nghị sửa đường;\r\nlàm lại cống \"\"thoát nước\"\"\"\r\n"
                + "A2;06/01/2022;Khiếu nại về trợ cấp người có công\r\n");

        LetterImport.Result result = importer().run(export, mapping, state(export), false);

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.failed()).isZero();
        assertThat(letter(RecordLetters.letterId("qldt", "A1")).text())
                .isEqualTo("Kiến nghị sửa đường;\nlàm lại cống \"thoát nước\"");
        assertThat(letter(RecordLetters.letterId("qldt", "A2")).sourceRecord().receivedDate()).isEqualTo(LocalDate.of(2022, 1, 6));
    }

    @Test
    void anImportStoppedByAnElasticsearchOutageResumesWithoutDuplicates() throws Exception {
        Path export = write("lon.jsonl", IntStream.rangeClosed(1, 2500)
                .mapToObj(i -> "{\"ma_don\":\"D" + i + "\",\"noi_dung\":\"Đơn kiến nghị số " + i + " về việc cấp giấy chứng nhận quyền sử dụng đất\"}")
                .collect(Collectors.joining("\n")) + "\n");
        // The first batch is indexed, then the cluster "goes away": a client to a port where nothing listens.
        LetterIndexer live = new LetterIndexer(client, names.lettersAlias(), Backoff.standard());
        LetterIndexer outage = new LetterIndexer(ElasticsearchClients.create(ConnectionSettings.to(URI.create("http://127.0.0.1:9"))),
                names.lettersAlias(), new Backoff(2, Duration.ofMillis(10), Duration.ofMillis(10)));
        int[] batches = {0};
        LetterImport.Bulk failing = letters -> ++batches[0] == 1 ? live.index(letters) : outage.index(letters);

        assertThatThrownBy(() -> new LetterImport(failing, new PrintStream(log)).run(export, mapping, state(export), false))
                .isInstanceOf(IOException.class);
        ImportCheckpoint saved = Json.mapper().readValue(state(export).resolveSibling("lon.jsonl.state.checkpoint.json").toFile(),
                ImportCheckpoint.class);
        assertThat(saved.line()).isEqualTo(LetterImport.BATCH_LETTERS);
        assertThat(saved.imported()).isEqualTo(LetterImport.BATCH_LETTERS);

        LetterImport.Result resumed = importer().run(export, mapping, state(export), false);

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.linesRead()).isEqualTo(2500 - LetterImport.BATCH_LETTERS);
        assertThat(resumed.imported()).isEqualTo(2500);
        assertThat(count()).isEqualTo(2500);
        assertThat(importer().run(export, mapping, state(export), false).linesRead()).isZero();
        assertThat(importer().run(export, mapping, state(export), true).imported()).isEqualTo(2500);
        assertThat(count()).isEqualTo(2500);
    }

    @Test
    void anImportKilledBetweenSavingABatchsMattersAndIndexingItResumesIntoTheSameMattersAsOneNeverKilled() throws Exception {
        List<GeneratedLetter> generated = new CorpusGenerator(5).generate(2 * LetterImport.BATCH_LETTERS + 300);
        Path export = write("vu-viec.jsonl", generated.stream().map(g -> json(Map.of("ma_don", g.id(), "noi_dung", g.text())))
                .collect(Collectors.joining("\n")) + "\n");
        IndexNames never = TestElasticsearch.createLettersIndex("import-whole");
        try {
            new LetterImport(new LetterIndexer(client, never.lettersAlias(), Backoff.standard()),
                    new MatterGrouping(client, never, Backoff.standard()), new PrintStream(log)).run(export, mapping, folder.resolve("whole"), false);
            LetterIndexer indexer = new LetterIndexer(client, names.lettersAlias(), Backoff.standard());
            MatterGrouping dying = new MatterGrouping(client, names, Backoff.standard());
            int[] batches = {0};
            LetterImport.Bulk killedBeforeIndexingTheSecondBatch = letters -> {
                if (++batches[0] == 2) {
                    // Grouping letters not in the index saves their matters and writes nothing onto them.
                    dying.group(letters);
                    throw new IOException("killed");
                }
                return dying.index(letters, indexer);
            };
            assertThatThrownBy(() -> new LetterImport(killedBeforeIndexingTheSecondBatch, new PrintStream(log))
                    .run(export, mapping, state(export), false)).hasMessage("killed");

            LetterImport.Result resumed = new LetterImport(indexer, new MatterGrouping(client, names, Backoff.standard()),
                    new PrintStream(log)).run(export, mapping, state(export), false);

            assertThat(resumed.resumed()).isTrue();
            Map<String, String> matters = matterIds(names);
            assertThat(matters).hasSize(generated.size()).doesNotContainValue(null).isEqualTo(matterIds(never));
            long truth = generated.stream().map(GeneratedLetter::matterId).distinct().count();
            assertThat(matters.values().stream().distinct().count()).as("matters against %d true ones", truth)
                    .isBetween(truth * 9 / 10, truth * 11 / 10);
        } finally {
            TestElasticsearch.deleteIndices(never);
        }
    }

    /** Each letter's matter, by the record id it was imported from. */
    private Map<String, String> matterIds(IndexNames indices) throws IOException {
        client.indices().refresh(r -> r.index(indices.lettersAlias()));
        return client.search(s -> s.index(indices.lettersAlias()).size(10_000), Letter.class).hits().hits().stream()
                .collect(Collectors.toMap(h -> h.source().sourceRecord().recordId(), h -> String.valueOf(h.source().matterId())));
    }

    private static String json(Map<String, String> record) {
        try {
            return Json.mapper().writeValueAsString(record);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private LetterImport importer() {
        return new LetterImport(new LetterIndexer(client, names.lettersAlias(), Backoff.standard())::index, new PrintStream(log));
    }

    private Path state(Path export) {
        return folder.resolve(export.getFileName() + ".state");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<String> failureLines(LetterImport.Result result) throws IOException {
        return Files.readAllLines(result.failures()).stream().map(line -> {
            try {
                ImportFailure failure = Json.mapper().readValue(line, ImportFailure.class);
                return failure.line() + ": " + failure.reason();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private Letter letter(String id) throws IOException {
        return client.get(g -> g.index(names.lettersAlias()).id(id), Letter.class).source();
    }

    private long count() throws IOException {
        client.indices().refresh(r -> r.index(names.lettersAlias()));
        return client.count(c -> c.index(names.lettersAlias())).count();
    }
}
