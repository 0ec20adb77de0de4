package vn.donthu.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.donthu.config.Settings;
import vn.donthu.ingest.TextSimilarity;
import vn.donthu.ingest.extract.Extraction;
import vn.donthu.ingest.extract.LetterExtractor;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.ingest.ocr.OcrWorkers;
import vn.donthu.ingest.render.FontFiles;
import vn.donthu.letter.ExtractionMethod;

/** Generated files read back through the real extractor (Tika, PDFBox, Tesseract) as the letters they hold. */
class CorpusFilesTest {

    private static final OcrWorkers ocr = new OcrWorkers(OcrSettings.from(Settings.system()));
    private static final LetterExtractor extractor = new LetterExtractor(ocr);
    private static final List<GeneratedLetter> LETTERS = new CorpusGenerator(7).generate(60);
    /** A letter of one page (no signer list) for the scans. */
    private static final GeneratedLetter ONE_PAGE = LETTERS.stream()
            .filter(l -> !l.text().contains("DANH SÁCH") && l.text().length() < 1600).findFirst().orElseThrow();
    private static final GeneratedLetter GROUP = LETTERS.stream()
            .filter(l -> l.text().contains("\nDANH SÁCH ")).findFirst().orElseThrow();
    private static final ScanRenderer scans = new ScanRenderer();

    @TempDir
    Path dir;

    @AfterAll
    static void closeOcr() {
        ocr.close();
    }

    @Test
    void bornDigitalFormatsReadBackAsTheLetterInEveryEncoding() throws Exception {
        CorpusFileWriter writer = new CorpusFileWriter(dir, FontFiles.find());
        for (CorpusFormat format : CorpusFormat.values()) {
            if (format.scan()) {
                continue;
            }
            CorpusFile file = writer.write(GROUP, format, null).get(0);
            Extraction read = extractor.extract(Files.readAllBytes(dir.resolve(file.path())), file.path());

            assertThat(read.method()).isEqualTo(ExtractionMethod.TEXT_LAYER);
            assertThat(TextSimilarity.syllableRecall(GROUP.text(), read.text())).as(format.label()).isGreaterThan(0.99);
            assertThat(read.text()).as(format.label()).contains(GROUP.details().petitioners().get(0).name());
        }
    }

    @Test
    void aWindows1258FileIsTheLetterInThatCodePage() throws Exception {
        CorpusFile file = new CorpusFileWriter(dir, FontFiles.find()).write(GROUP, CorpusFormat.TXT_CP1258, null).get(0);

        String read = new String(Files.readAllBytes(dir.resolve(file.path())), java.nio.charset.Charset.forName("windows-1258"));

        assertThat(java.text.Normalizer.normalize(read, java.text.Normalizer.Form.NFC)).isEqualTo(GROUP.text());
        assertThat(read).isNotEqualTo(GROUP.text());
    }

    @Test
    void aCleanScanIsReadByTesseractCloseToTheTruth() throws Exception {
        CorpusFile file = new CorpusFileWriter(dir, FontFiles.find()).write(ONE_PAGE, CorpusFormat.PNG, ScanDegradation.CLEAN).get(0);

        Extraction read = extractor.extract(Files.readAllBytes(dir.resolve(file.path())), file.path());

        assertThat(file.page()).isEqualTo(1);
        assertThat(read.method()).isEqualTo(ExtractionMethod.OCR);
        assertThat(TextSimilarity.syllableRecall(ONE_PAGE.text(), read.text())).isGreaterThan(0.9);
    }

    @Test
    void everyDegradationChangesThePageMeasurablyAndTheSameSeedGivesTheSamePixels() throws Exception {
        BufferedImage clean = scans.render(ONE_PAGE, ScanDegradation.CLEAN).pages().get(0);
        Map<ScanDegradation, Long> changed = new EnumMap<>(ScanDegradation.class);
        for (ScanDegradation d : ScanDegradation.values()) {
            RenderedScan scan = scans.render(ONE_PAGE, d);
            assertThat(scan.text()).isEqualTo(ONE_PAGE.text());
            assertThat(scan.dpi()).isEqualTo(d == ScanDegradation.LOW_DPI ? 200 : 300);
            BufferedImage page = scan.pages().get(0);
            switch (d) {
                case CLEAN -> assertThat(changedPixels(clean, page)).isZero();
                case ROTATED_90 -> {
                    assertThat(page.getWidth()).isEqualTo(clean.getHeight());
                    assertThat(page.getHeight()).isEqualTo(clean.getWidth());
                }
                case LOW_DPI -> assertThat(page.getWidth()).isCloseTo(Math.round(clean.getWidth() * 200f / 300), within(2));
                default -> changed.put(d, changedPixels(clean, page));
            }
        }
        // At least 0.05 % of an A4 page at 300 dpi changed by more than a fifth of the grey range.
        assertThat(changed.values()).allSatisfy(n -> assertThat(n).isGreaterThan(4_000L));
        assertThat(changedPixels(scans.render(ONE_PAGE, ScanDegradation.SPECKLES).pages().get(0),
                scans.render(ONE_PAGE, ScanDegradation.SPECKLES).pages().get(0))).isZero();
    }

    @Test
    void aTiffHoldsEveryPageOfALetterWithItsSignerList() throws Exception {
        CorpusFile file = new CorpusFileWriter(dir, FontFiles.find()).write(GROUP, CorpusFormat.TIFF, ScanDegradation.BLUR).get(0);

        try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve(file.path()).toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(file.pages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(file.degradation()).isEqualTo(ScanDegradation.BLUR);
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        String[] args = {"--seed", "3", "--count", "8", "--formats", "txt-vni,docx,pdf,scan-pdf,jpg", "--degraded-share", "0.5"};
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertThat(generate(first, args)).contains("Wrote 8 letters");
        generate(second, args);

        List<Path> files = list(first);
        assertThat(files).hasSizeGreaterThan(8).isEqualTo(list(second));
        for (Path f : files) {
            assertThat(Files.readAllBytes(first.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(second.resolve(f)));
        }
        assertThat(Files.readAllLines(first.resolve("truth.jsonl"))).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(line -> assertThat(line).contains("\"letter_id\":\"V", "\"details\":{\"kinds\":["));
    }

    private static String generate(Path out, String[] options) throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String[] args = Stream.concat(Stream.of(out.toString()), Stream.of(options)).toArray(String[]::new);
        assertThat(GenerateCommand.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8))).isZero();
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static List<Path> list(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    /** Pixels whose grey differs by more than 50 of 255. */
    private static long changedPixels(BufferedImage a, BufferedImage b) {
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0)) > 50) {
                    n++;
                }
            }
        }
        return n;
    }
}
