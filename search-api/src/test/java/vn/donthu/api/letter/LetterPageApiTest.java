package vn.donthu.api.letter;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.donthu.api.ApiClient;
import vn.donthu.api.ApiClient.Answer;
import vn.donthu.api.DonthuApplication;
import vn.donthu.api.access.Role;
import vn.donthu.api.access.users.UserStore;
import vn.donthu.index.IndexNames;
import vn.donthu.index.IndexSettings;
import vn.donthu.letter.ContentHash;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.PageInfo;
import vn.donthu.testing.TestElasticsearch;

/**
 * Page images through real requests on real files: a two-page scanned denunciation (PDF), a
 * three-page TIFF complaint, a PNG complaint, an oversized PNG and a plain-text letter. The images
 * follow the rules of the original file: the denunciation's pages only for the identity reader,
 * never for a LEADER.
 */
@SpringBootTest(classes = DonthuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LetterPageApiTest {

    private static final IndexNames names = TestElasticsearch.uniqueIndexNames("pages");

    @TempDir
    static Path files;

    private static String denunciationPdf;
    private static String complaintTiff;
    private static String complaintPng;
    private static String hugePng;
    private static String plainText;
    private static byte[] pngBytes;

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    private ApiClient inspector;
    private ApiClient identityReader;
    private ApiClient leader;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        ApiClient.useTestIndices(registry, names);
    }

    @BeforeAll
    static void indexLetters() throws IOException {
        new IndexSettings(names, 0).prepare(TestElasticsearch.client());
        denunciationPdf = index(pdf(files.resolve("to-cao.pdf"), 2), "application/pdf", 2, LetterKind.TO_CAO);
        complaintTiff = index(tiff(files.resolve("khieu-nai.tif"), 3), "image/tiff", 3, LetterKind.KHIEU_NAI);
        Path png = files.resolve("khieu-nai.png");
        ImageIO.write(scan(800, 1100, 0), "png", png.toFile());
        pngBytes = Files.readAllBytes(png);
        complaintPng = index(png, "image/png", 1, LetterKind.KHIEU_NAI);
        Path huge = files.resolve("ban-do.png");
        ImageIO.write(scan(6000, 400, 1), "png", huge.toFile());
        hugePng = index(huge, "image/png", 1, LetterKind.KHIEU_NAI);
        Path text = files.resolve("kien-nghi.txt");
        Files.writeString(text, "ĐƠN KIẾN NGHỊ\nKính gửi: Ủy ban nhân dân phường Cầu Giấy\n");
        plainText = index(text, "text/plain", 1, LetterKind.KIEN_NGHI);
    }

    @AfterAll
    static void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @BeforeEach
    void accounts() {
        ApiClient.ensureAccount(users, "inspector", Role.INSPECTOR);
        ApiClient.ensureAccount(users, "identity", Role.INSPECTOR, Role.IDENTITY_READER);
        ApiClient.ensureAccount(users, "leader", Role.LEADER, Role.IDENTITY_READER);
        inspector = new ApiClient(port, "inspector");
        identityReader = new ApiClient(port, "identity");
        leader = new ApiClient(port, "leader");
    }

    @Test
    void pdfPagesAreRenderedAsPngForTheIdentityReaderOnly() throws IOException {
        for (int page = 1; page <= 2; page++) {
            Answer answer = identityReader.get(path(denunciationPdf, page));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.contentType()).isEqualTo("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.bytes()));
            // A4 (595 × 842 points) at 150 dpi.
            assertThat(image.getWidth()).isBetween(1230, 1245);
            assertThat(image.getHeight()).isBetween(1745, 1760);
        }
        for (ApiClient withheld : List.of(inspector, leader)) {
            Answer answer = withheld.get(path(denunciationPdf, 1));
            assertThat(answer.status()).as(withheld.username()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.text()).doesNotContain("PNG");
        }
    }

    @Test
    void tiffPagesAndSingleImagesComeAsTheyAreWithinTheCap() throws IOException {
        Answer third = inspector.get(path(complaintTiff, 3));
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.contentType()).isEqualTo("image/png");
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(third.bytes()));
        assertThat(page.getWidth()).isEqualTo(600);
        // Page 3 was drawn with a dark band at its top: the frame asked for, not the first one.
        assertThat(new Color(page.getRGB(300, 10)).getRed()).isLessThan(100);
        assertThat(new Color(page.getRGB(300, 400)).getRed()).isGreaterThan(200);

        Answer png = inspector.get(path(complaintPng, 1));
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.bytes()).isEqualTo(pngBytes);

        Answer huge = inspector.get(path(hugePng, 1));
        BufferedImage capped = ImageIO.read(new ByteArrayInputStream(huge.bytes()));
        assertThat(capped.getWidth()).isLessThanOrEqualTo(3000).isGreaterThan(1500);
        assertThat(leader.get(path(complaintPng, 1)).status()).isEqualTo(403);
    }

    @Test
    void textLettersAndPagesOutOfRangeAreProblems() {
        Answer text = inspector.get(path(plainText, 1));
        assertThat(text.status()).isEqualTo(404);
        assertThat(text.contentType()).startsWith("application/problem+json");
        assertThat(text.json().get("detail").asText()).contains("this letter has no page images");

        for (String out : List.of(path(denunciationPdf, 3), path(complaintTiff, 4), path(complaintPng, 2))) {
            Answer answer = identityReader.get(out);
            assertThat(answer.status()).as(out).isEqualTo(404);
            assertThat(answer.json().get("detail").asText()).as(out).contains("out of range");
        }
        assertThat(identityReader.get(path(denunciationPdf, 0)).status()).isEqualTo(400);
    }

    @Test
    void everyPageShownIsAuditedWithItsDisclosure() throws IOException {
        identityReader.get(path(denunciationPdf, 2));
        ApiClient.ensureAccount(users, "auditor", Role.ADMIN);
        TestElasticsearch.client().indices().refresh(r -> r.index(names.alias("audit")));
        Answer trail = new ApiClient(port, "auditor").get("/api/audit?username=identity&action=page_viewed&letter=" + denunciationPdf);
        var entry = trail.json().get("entries").get(0);
        assertThat(entry.get("filters").get(0).asText()).isEqualTo("page=2");
        assertThat(entry.get("identity_disclosed").get(0).asText()).isEqualTo(denunciationPdf);
    }

    private static String path(String id, int page) {
        return "/api/letters/" + id + "/pages/" + page;
    }

    private static String index(Path file, String mediaType, int pages, LetterKind kind) throws IOException {
        String id;
        try (var in = Files.newInputStream(file)) {
            id = ContentHash.of(in);
        }
        String text = kind == LetterKind.TO_CAO ? "ĐƠN TỐ CÁO\nTôi tên là Trần Thị Bích Ngọc" : "ĐƠN KHIẾU NẠI";
        LetterDetails details = new LetterDetails(List.of(kind), null, List.of(), LocalDate.of(2024, 3, 1), null, List.of(), 1,
                false, false, null, null, false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        List<PageInfo> pageInfos = java.util.stream.IntStream.rangeClosed(1, pages)
                .mapToObj(n -> new PageInfo(n, 0, ExtractionMethod.OCR, 90f)).toList();
        Letter letter = new Letter(id, file.toString(), List.of(file.toString()), file.getFileName().toString(), mediaType,
                Files.size(file), pages, ExtractionMethod.OCR, 90f, text, pageInfos, null, text.replace("Trần Thị Bích Ngọc", "[…]"),
                details, null, Instant.parse("2026-01-01T00:00:00Z"));
        try {
            TestElasticsearch.client().index(i -> i.index(names.lettersAlias()).id(id).document(letter).refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    /** A white page with a dark band at the top of page {@code dark} (from 0), so pages can be told apart. */
    private static BufferedImage scan(int width, int height, int page) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, width, 20 + 30 * page);
        g.dispose();
        return image;
    }

    private static Path pdf(Path file, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int n = 0; n < pages; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.addRect(50, 700, 300, 40);
                    content.fill();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static Path tiff(Path file, int pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int n = 0; n < pages; n++) {
                writer.writeToSequence(new IIOImage(n == pages - 1 ? scan(600, 800, 0) : blank(600, 800), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    private static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
