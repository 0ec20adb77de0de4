package vn.donthu.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.donthu.config.Settings;
import vn.donthu.ingest.TextSimilarity;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.ingest.ocr.OcrWorkers;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.PageInfo;
import vn.donthu.testing.SampleLetters;

/** Real files through real Tika, PDFBox and Tesseract. */
class LetterExtractorTest {

    private static final OcrWorkers ocr = new OcrWorkers(OcrSettings.from(Settings.system()));
    private static final LetterExtractor extractor = new LetterExtractor(ocr);

    @AfterAll
    static void closeOcr() {
        ocr.close();
    }

    @Test
    void aScannedPngIsReadByTesseractInVietnamese() throws Exception {
        Extraction letter = extractSample("khieu-nai-tro-cap-nguoi-co-cong-2022.png");

        assertThat(letter.mediaType()).isEqualTo("image/png");
        assertThat(letter.method()).isEqualTo(ExtractionMethod.OCR);
        assertThat(letter.pageCount()).isEqualTo(1);
        assertThat(letter.ocrConfidence()).isGreaterThan(70f);
        assertThat(letter.text()).contains("ĐƠN KHIẾU NẠI", "Thanh Hóa");
        assertThat(TextSimilarity.syllableRecall(SampleLetters.groundTruth("khieu-nai-tro-cap-nguoi-co-cong-2022"), letter.text()))
                .isGreaterThan(0.9);
    }

    @Test
    void aScannedJpegIsReadByTesseract() throws Exception {
        Extraction letter = extractSample("khieu-nai-boi-thuong-thu-hoi-dat-2022.jpg");

        assertThat(letter.mediaType()).isEqualTo("image/jpeg");
        assertThat(letter.method()).isEqualTo(ExtractionMethod.OCR);
        assertThat(TextSimilarity.syllableRecall(SampleLetters.groundTruth("khieu-nai-boi-thuong-thu-hoi-dat-2022"), letter.text()))
                .isGreaterThan(0.85);
    }

    @Test
    void everyPageOfAnImageOnlyPdfIsOcred() throws Exception {
        Extraction letter = extractSample("phan-anh-xay-dung-trai-phep-mai-dich-2024.pdf");

        assertThat(letter.method()).isEqualTo(ExtractionMethod.OCR);
        assertThat(letter.pageCount()).isEqualTo(2);
        assertThat(letter.ocrPages()).isEqualTo(2);
        assertThat(letter.text()).contains("ĐƠN PHẢN ÁNH").contains(String.valueOf(Extraction.PAGE_BREAK));
        assertThat(TextSimilarity.syllableRecall(SampleLetters.groundTruth("phan-anh-xay-dung-trai-phep-mai-dich-2024"), letter.text()))
                .isGreaterThan(0.85);
        // Search says which page matched from where each page starts.
        assertThat(letter.pages()).extracting(PageInfo::number).containsExactly(1, 2);
        assertThat(letter.pages().get(0).start()).isZero();
        assertThat(letter.pages().get(1).start()).isEqualTo(letter.text().indexOf(Extraction.PAGE_BREAK) + 1);
        assertThat(letter.pages()).allSatisfy(page -> {
            assertThat(page.method()).isEqualTo(ExtractionMethod.OCR);
            assertThat(page.confidence()).isGreaterThan(60f);
        });
    }

    @Test
    void aPdfWithATextLayerIsReadWithoutOcr() throws Exception {
        Extraction letter = extractSample("kien-nghi-o-nhiem-nha-may-duc-hoa-2023.pdf");

        assertThat(letter.method()).isEqualTo(ExtractionMethod.TEXT_LAYER);
        assertThat(letter.ocrConfidence()).isNull();
        assertThat(letter.pages()).containsExactly(new PageInfo(1, 0, ExtractionMethod.TEXT_LAYER, null));
        assertThat(letter.rawText()).isNull();
        assertThat(TextSimilarity.syllableRecall(SampleLetters.groundTruth("kien-nghi-o-nhiem-nha-may-duc-hoa-2023"), letter.text()))
                .isGreaterThan(0.99);
    }

    @Test
    void docxAndPlainTextKeepTheirExactWords() throws Exception {
        Extraction docx = extractSample("to-cao-pho-chu-tich-xa-hoa-tien-2022.docx");
        Extraction txt = extractSample("khieu-nai-boi-thuong-thu-hoi-dat-2021.txt");

        assertThat(docx.method()).isEqualTo(ExtractionMethod.TEXT_LAYER);
        assertThat(docx.text()).contains("ĐƠN TỐ CÁO");
        assertThat(TextSimilarity.syllableRecall(SampleLetters.groundTruth("to-cao-pho-chu-tich-xa-hoa-tien-2022"), docx.text()))
                .isGreaterThan(0.99);
        assertThat(txt.text()).isEqualTo(SampleLetters.groundTruth("khieu-nai-boi-thuong-thu-hoi-dat-2021").strip());
    }

    @Test
    void aMixedPdfKeepsItsTextLayerAndOcrsOnlyTheScannedPage() throws Exception {
        byte[] pdf = mixedPdf();

        Extraction letter = extractor.extract(pdf, "mixed.pdf");

        assertThat(letter.method()).isEqualTo(ExtractionMethod.MIXED);
        assertThat(letter.pageCount()).isEqualTo(2);
        assertThat(letter.ocrPages()).isEqualTo(1);
        String[] pages = letter.text().split(String.valueOf(Extraction.PAGE_BREAK));
        assertThat(pages).hasSize(2);
        assertThat(pages[0]).contains("Typed cover page of the complaint file");
        assertThat(pages[1]).contains("khiếu nại").doesNotContain("Typed cover page");
    }

    @Test
    void everyPageOfAMultiPageTiffIsOcred() throws Exception {
        BufferedImage scan = ImageIO.read(SampleLetters.file("khieu-nai-tro-cap-nguoi-co-cong-2022.png").toFile());
        byte[] tiff = multiPageTiff(scan, scanOf("Đơn khiếu nại về việc thu hồi đất"));

        Extraction letter = extractor.extract(tiff, "ho-so.tif");

        assertThat(letter.mediaType()).isEqualTo("image/tiff");
        assertThat(letter.pageCount()).isEqualTo(2);
        assertThat(letter.ocrPages()).isEqualTo(2);
        String[] pages = letter.text().split(String.valueOf(Extraction.PAGE_BREAK));
        assertThat(pages[0]).contains("ĐƠN KHIẾU NẠI");
        assertThat(pages[1]).contains("thu hồi đất");
    }

    @Test
    void bmpAndJpeg2000ScansAreRecognisedByContentAndOcred() throws Exception {
        BufferedImage scan = ImageIO.read(SampleLetters.file("khieu-nai-tro-cap-nguoi-co-cong-2022.png").toFile());
        String truth = SampleLetters.groundTruth("khieu-nai-tro-cap-nguoi-co-cong-2022");

        Extraction bmp = extractor.extract(encoded(scan, "bmp"), "scan.dat");
        Extraction jp2 = extractor.extract(encoded(scan, "jpeg2000"), "scan.dat");

        assertThat(bmp.mediaType()).isEqualTo("image/bmp");
        assertThat(jp2.mediaType()).isEqualTo("image/jp2");
        for (Extraction letter : new Extraction[] {bmp, jp2}) {
            assertThat(letter.method()).isEqualTo(ExtractionMethod.OCR);
            assertThat(letter.text()).contains("ĐƠN KHIẾU NẠI");
            assertThat(TextSimilarity.syllableRecall(truth, letter.text())).isGreaterThan(0.9);
        }
    }

    private static byte[] encoded(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        return out.toByteArray();
    }

    @Test
    void htmlGivesItsTextWithoutMarkup() throws Exception {
        byte[] html = "<html><head><meta charset=\"utf-8\"><title>Đơn</title></head><body><h1>ĐƠN KIẾN NGHỊ</h1><p>Về việc <b>ô nhiễm</b> môi trường</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        Extraction letter = extractor.extract(html, "don.html");

        assertThat(letter.text()).contains("ĐƠN KIẾN NGHỊ", "Về việc ô nhiễm môi trường").doesNotContain("<b>", "<p>");
    }

    private static byte[] multiPageTiff(BufferedImage... pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    @Test
    void theFormatIsDecidedByContentNotByName() throws Exception {
        byte[] png = Files.readAllBytes(SampleLetters.file("khieu-nai-tro-cap-nguoi-co-cong-2022.png"));

        Extraction letter = extractor.extract(png, "scan-from-clerk.pdf");

        assertThat(letter.mediaType()).isEqualTo("image/png");
        assertThat(letter.text()).contains("ĐƠN KHIẾU NẠI");
    }

    @Test
    void storedTextIsNfcWhateverTheFileUsed() throws Exception {
        String nfd = Normalizer.normalize("Đơn khiếu nại về việc thu hồi đất của Ủy ban nhân dân xã", Normalizer.Form.NFD);

        Extraction letter = extractor.extract(nfd.getBytes(StandardCharsets.UTF_8), "don.txt");

        assertThat(letter.text()).isEqualTo("Đơn khiếu nại về việc thu hồi đất của Ủy ban nhân dân xã");
    }

    @Test
    void aTextTypedInTcvn3IsStoredAsUnicode() throws Exception {
        // The bytes a DOS or Windows 9x word processor with a .VnTime font wrote: TCVN3 (ABC).
        byte[] tcvn3 = "§¬n khiÕu n¹i vÒ viÖc thu håi ®Êt cña gia ®×nh t«i".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        Extraction letter = extractor.extract(tcvn3, "don-cu.txt");

        assertThat(letter.text()).isEqualTo("Đơn khiếu nại về việc thu hồi đất của gia đình tôi");
    }

    @Test
    void aTextFileInWindows1258IsStoredAsUnicode() throws Exception {
        // Written by iconv -t windows-1258: tone marks are combining bytes after the vowel.
        byte[] windows1258;
        try (var in = getClass().getResourceAsStream("don-kien-nghi.cp1258.txt")) {
            windows1258 = in.readAllBytes();
        }

        Extraction letter = extractor.extract(windows1258, "don-kien-nghi.txt");

        assertThat(letter.method()).isEqualTo(ExtractionMethod.TEXT_LAYER);
        assertThat(letter.text()).startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Kính gửi: Ủy ban nhân dân xã Tân Đức, huyện Phú Bình, tỉnh Thái Nguyên.")
                .contains("hộ ông Lương Văn Ước ở liền kề đã tự ý xây tường rào lấn sang phần đất")
                .endsWith("Trần Thị Thủy");
        assertThat(Normalizer.isNormalized(letter.text(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void anEmptyFileIsRefusedWithItsReason() {
        assertThatThrownBy(() -> extractor.extract(new byte[0], "empty.pdf"))
                .isInstanceOf(UnreadableFileException.class).hasMessage("empty file (0 bytes)");
    }

    @Test
    void aTruncatedPdfIsRefusedAsCorrupt() throws Exception {
        byte[] pdf = Files.readAllBytes(SampleLetters.file("kien-nghi-o-nhiem-nha-may-duc-hoa-2023.pdf"));

        assertThatThrownBy(() -> extractor.extract(Arrays.copyOf(pdf, 900), "cut.pdf"))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("corrupt or truncated PDF");
    }

    @Test
    void anEncryptedPdfIsRefusedAsEncrypted() throws Exception {
        assertThatThrownBy(() -> extractor.extract(encryptedPdf(), "secret.pdf"))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("encrypted PDF");
    }

    @Test
    void randomBytesAreAnUnsupportedFormat() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertThatThrownBy(() -> extractor.extract(noise, "letter.docx"))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("unsupported format");
    }

    @Test
    void aHugeImageIsRefusedBeforeItIsDecoded() throws Exception {
        byte[] bomb = pngHeaderClaiming(30_000, 30_000);

        assertThatThrownBy(() -> extractor.extract(bomb, "bomb.png"))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("30000×30000 pixels");
    }

    private static Extraction extractSample(String name) throws Exception {
        return extractor.extract(Files.readAllBytes(SampleLetters.file(name)), name);
    }

    private static byte[] mixedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage cover = new PDPage(PDRectangle.A4);
            document.addPage(cover);
            try (PDPageContentStream text = new PDPageContentStream(document, cover)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 750);
                text.showText("Typed cover page of the complaint file");
                text.endText();
            }
            PDPage scan = new PDPage(PDRectangle.A4);
            document.addPage(scan);
            BufferedImage image = scanOf("Đơn khiếu nại về việc thu hồi đất");
            try (PDPageContentStream content = new PDPageContentStream(document, scan)) {
                content.drawImage(LosslessFactory.createFromImage(document, image), 0, 0,
                        PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static BufferedImage scanOf(String line) {
        BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font("DejaVu Serif", Font.PLAIN, 60));
        g.drawString(line, 200, 400);
        g.dispose();
        return image;
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A PNG signature and header announcing a giant image, with no pixel data behind it. */
    private static byte[] pngHeaderClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        out.write(ByteBuffer.allocate(4).putInt(13).array());
        out.write(ihdr.array());
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
