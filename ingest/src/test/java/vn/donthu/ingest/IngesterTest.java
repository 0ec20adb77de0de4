package vn.donthu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.donthu.config.Settings;
import vn.donthu.index.IndexNames;
import vn.donthu.index.Json;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.ingest.report.FileOutcome;
import vn.donthu.ingest.report.IngestReport;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterFields;
import vn.donthu.testing.SampleLetters;
import vn.donthu.testing.TestElasticsearch;

/** Files in, letters in a real Elasticsearch out; nothing lost, nothing twice. */
class IngesterTest {

    private final ElasticsearchClient client = TestElasticsearch.client();
    private final IndexNames names = TestElasticsearch.createLettersIndex("ingest");
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @AfterEach
    void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void everySampleIsIndexedOnceAndARerunAddsNothing() throws Exception {
        IngestReport first = ingest(SampleLetters.folder());

        assertThat(first.failedFiles()).isEmpty();
        assertThat(first.indexed()).isEqualTo(6);
        assertThat(first.pagesOcred()).isEqualTo(4);
        assertThat(count()).isEqualTo(6);
        Letter scan = letterFrom("khieu-nai-tro-cap-nguoi-co-cong-2022.png");
        assertThat(scan.extractionMethod()).isEqualTo(ExtractionMethod.OCR);
        assertThat(scan.text()).contains("ĐƠN KHIẾU NẠI");
        assertThat(scan.mediaType()).isEqualTo("image/png");
        assertThat(scan.sizeBytes()).isEqualTo(Files.size(SampleLetters.file("khieu-nai-tro-cap-nguoi-co-cong-2022.png")));
        assertThat(scan.pages()).hasSize(1);
        assertThat(scan.pages().get(0).method()).isEqualTo(ExtractionMethod.OCR);
        assertThat(scan.pages().get(0).confidence()).isGreaterThan(70f);
        Letter twoPages = letterFrom("phan-anh-xay-dung-trai-phep-mai-dich-2024.pdf");
        assertThat(twoPages.pages()).extracting(page -> page.start())
                .containsExactly(0, twoPages.text().indexOf('\f') + 1);
        // The OCRed scan is understood, and stored with its sender masked for readers without authority.
        assertThat(scan.details().kinds()).containsExactly(vn.donthu.letter.LetterKind.KHIEU_NAI);
        assertThat(scan.details().subjectField()).isEqualTo("che_do_chinh_sach");
        assertThat(scan.details().letterDate()).isEqualTo(java.time.LocalDate.of(2022, 10, 26));
        assertThat(scan.details().locality().provinceName()).contains("Thanh Hóa");
        assertThat(scan.redactedText()).contains("ĐƠN KHIẾU NẠI").doesNotContain("Lê Văn Toàn").doesNotContain("038051007264");

        IngestReport again = ingest(SampleLetters.folder());

        assertThat(again.indexed()).isEqualTo(6);
        assertThat(again.alreadyIndexed()).isEqualTo(6);
        assertThat(again.pagesOcred()).isZero();
        assertThat(count()).isEqualTo(6);
    }

    @Test
    void copiesBecomeDuplicatesAndBrokenFilesAreReportedWithTheirReasons(@TempDir Path folder) throws Exception {
        Path original = folder.resolve("a/don.txt");
        Path copy = folder.resolve("b/ban-sao.txt");
        Files.createDirectories(original.getParent());
        Files.createDirectories(copy.getParent());
        Files.copy(SampleLetters.file("khieu-nai-boi-thuong-thu-hoi-dat-2021.txt"), original);
        Files.copy(original, copy);
        Files.write(folder.resolve("rong.pdf"), new byte[0]);
        Files.write(folder.resolve("hong.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII));

        IngestReport report = ingest(folder);

        assertThat(report.files()).isEqualTo(4);
        assertThat(report.indexedFiles()).extracting(FileOutcome::path).containsExactly(original.toString());
        assertThat(report.duplicateFiles()).singleElement()
                .satisfies(d -> assertThat(d.path()).isEqualTo(copy.toString()))
                .satisfies(d -> assertThat(d.detail()).isEqualTo(original.toString()));
        assertThat(report.failedFiles()).extracting(FileOutcome::path, FileOutcome::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(folder.resolve("hong.pdf").toString(), report.failedFiles().get(0).detail()),
                org.assertj.core.groups.Tuple.tuple(folder.resolve("rong.pdf").toString(), "empty file (0 bytes)"));
        assertThat(report.failedFiles().get(0).detail()).startsWith("corrupt or truncated PDF");
        Letter letter = client.get(g -> g.index(names.lettersAlias()).id(report.indexedFiles().get(0).letterId()), Letter.class).source();
        assertThat(letter.sourcePaths()).containsExactly(original.toString(), copy.toString());

        Path reportFile = folder.resolve("report.json");
        report.write(reportFile);
        JsonNode json = Json.mapper().readTree(reportFile.toFile());
        assertThat(json.get("failed").asInt()).isEqualTo(2);
        assertThat(json.get("failed_files").get(1).get("detail").asText()).isEqualTo("empty file (0 bytes)");
    }

    @Test
    void theLettersInAZipArchiveAreIngestedEachUnderItsPathInTheArchive(@TempDir Path folder) throws Exception {
        Path archive = folder.resolve("ho-so-2021.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("thang-3/"));
            add(zip, "thang-3/don.txt", Files.readAllBytes(SampleLetters.file("khieu-nai-boi-thuong-thu-hoi-dat-2021.txt")));
            add(zip, "thang-3/to-cao.docx", Files.readAllBytes(SampleLetters.file("to-cao-pho-chu-tich-xa-hoa-tien-2022.docx")));
            add(zip, "long-nhau.zip", Files.readAllBytes(archiveOf("x.txt", "Đơn kiến nghị")));
        }
        Files.write(folder.resolve("hong.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        IngestReport report = ingest(folder);

        assertThat(report.indexedFiles()).extracting(FileOutcome::path).containsExactly(
                archive + "!/thang-3/don.txt", archive + "!/thang-3/to-cao.docx");
        Map<String, String> failures = report.failedFiles().stream()
                .collect(java.util.stream.Collectors.toMap(FileOutcome::path, FileOutcome::detail));
        assertThat(failures).containsOnlyKeys(archive + "!/long-nhau.zip", folder.resolve("hong.zip").toString());
        assertThat(failures.get(archive + "!/long-nhau.zip"))
                .isEqualTo("an archive inside an archive: unpack the outer one and ingest its folder");
        assertThat(failures.get(folder.resolve("hong.zip").toString())).startsWith("corrupt zip archive");
        Letter docx = client.get(g -> g.index(names.lettersAlias()).id(report.indexedFiles().get(1).letterId()), Letter.class).source();
        assertThat(docx.fileName()).isEqualTo("to-cao.docx");
        assertThat(docx.text()).contains("ĐƠN TỐ CÁO");
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws java.io.IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static Path archiveOf(String name, String text) throws java.io.IOException {
        Path archive = Files.createTempFile("inner", ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            add(zip, name, text.getBytes(StandardCharsets.UTF_8));
        }
        return archive;
    }

    @Test
    void aCopyFoundInALaterRunIsRecordedOnTheIndexedLetter(@TempDir Path folder) throws Exception {
        Path first = Files.copy(SampleLetters.file("to-cao-pho-chu-tich-xa-hoa-tien-2022.docx"), folder.resolve("first.docx"));
        ingest(first);
        Path later = Files.copy(first, folder.resolve("later.docx"));

        IngestReport report = ingest(later);

        assertThat(report.duplicateFiles()).extracting(FileOutcome::path).containsExactly(later.toString());
        Letter letter = client.get(g -> g.index(names.lettersAlias()).id(report.duplicateFiles().get(0).letterId()), Letter.class).source();
        assertThat(letter.sourcePaths()).containsExactly(first.toString(), later.toString());
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aLetterIndexedBeforeLettersWereReadIsReadOnTheNextRun(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path file = java.nio.file.Files.writeString(folder.resolve("don-khieu-nai.txt"),
                "ĐƠN KHIẾU NẠI\nKính gửi: Ủy ban nhân dân huyện Phú Bình\nTôi tên là Nguyễn Văn Hùng, trú tại xã Tân Đức, huyện Phú Bình, tỉnh Thái Nguyên.\n"
                        + "Tôi khiếu nại Quyết định số 125/QĐ-UBND về việc thu hồi đất của gia đình tôi.");
        ingest(folder);
        Letter read = letterAt(file);
        // As an installation upgraded from schema 2 holds it: the text, no details, no masked text.
        Letter unread = new Letter(read.id(), read.sourcePath(), read.sourcePaths(), read.fileName(), read.mediaType(),
                read.sizeBytes(), read.pageCount(), read.extractionMethod(), null, read.text(), List.of(), null, null,
                null, null, read.ingestedAt());
        new vn.donthu.ingest.index.LetterIndexer(client, names.lettersAlias(), vn.donthu.ingest.index.Backoff.standard())
                .index(List.of(unread));
        client.indices().refresh(r -> r.index(names.lettersAlias()));

        IngestReport again = ingest(folder);

        assertThat(again.indexed()).isEqualTo(1);
        Letter reread = letterAt(file);
        assertThat(reread.details().kinds()).containsExactly(vn.donthu.letter.LetterKind.KHIEU_NAI);
        assertThat(reread.redactedText()).contains("Tôi khiếu nại Quyết định số 125/QĐ-UBND").doesNotContain("Nguyễn Văn Hùng");
    }

    private IngestReport ingest(Path... inputs) throws Exception {
        OcrSettings ocr = OcrSettings.from(Settings.system().withOverrides(Map.of(OcrSettings.WORKERS, "2")));
        try (Ingester ingester = new Ingester(client, names, ocr)) {
            IngestReport report = ingester.ingest(List.of(inputs), new PrintStream(log, true, StandardCharsets.UTF_8), false);
            client.indices().refresh(r -> r.index(names.lettersAlias()));
            return report;
        }
    }

    private long count() throws Exception {
        return client.count(c -> c.index(names.lettersAlias())).count();
    }

    private Letter letterFrom(String sample) throws Exception {
        return letterAt(SampleLetters.file(sample));
    }

    private Letter letterAt(Path file) throws Exception {
        String path = file.toAbsolutePath().normalize().toString();
        return client.search(s -> s.index(names.lettersAlias())
                .query(q -> q.term(t -> t.field(LetterFields.SOURCE_PATH).value(path))), Letter.class).hits().hits().get(0).source();
    }
}
