package vn.donthu.ingest.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.donthu.ingest.render.DocxWriter;
import vn.donthu.ingest.render.FontFiles;
import vn.donthu.ingest.render.ScanPainter;
import vn.donthu.ingest.render.ScanWriters;
import vn.donthu.ingest.render.TextPdfWriter;
import vn.donthu.ingest.render.TypesetLetter;

/**
 * Renders the sample petition letters (ground truth in {@code samples/ground-truth}) into the file
 * formats the ingest pipeline meets in archives, one format per letter, deterministically.
 *
 * <pre>java -cp &lt;ingest classpath&gt; vn.donthu.ingest.samples.SampleLetterRenderer samples/ground-truth samples/letters</pre>
 */
public final class SampleLetterRenderer {

    enum Format { TXT, DOCX, TEXT_PDF, SCAN_PNG, SCAN_PDF, SCAN_JPEG }

    /** Which letter demonstrates which format; the output keeps the letter's name so tests find its ground truth. */
    private static final Map<String, Format> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("khieu-nai-boi-thuong-thu-hoi-dat-2021", Format.TXT);
        FORMATS.put("to-cao-pho-chu-tich-xa-hoa-tien-2022", Format.DOCX);
        FORMATS.put("kien-nghi-o-nhiem-nha-may-duc-hoa-2023", Format.TEXT_PDF);
        FORMATS.put("khieu-nai-tro-cap-nguoi-co-cong-2022", Format.SCAN_PNG);
        FORMATS.put("phan-anh-xay-dung-trai-phep-mai-dich-2024", Format.SCAN_PDF);
        FORMATS.put("khieu-nai-boi-thuong-thu-hoi-dat-2022", Format.SCAN_JPEG);
    }

    private SampleLetterRenderer() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SampleLetterRenderer <ground-truth folder> <output folder>");
            System.exit(2);
        }
        Path groundTruth = Path.of(args[0]);
        Path output = Path.of(args[1]);
        checkLettersMatchFormats(groundTruth);
        Files.createDirectories(output);
        FontFiles fonts = FontFiles.find();
        ScanPainter painter = new ScanPainter(fonts);
        for (Map.Entry<String, Format> entry : FORMATS.entrySet()) {
            TypesetLetter letter = read(groundTruth.resolve(entry.getKey() + ".txt"));
            Path target = render(letter, entry.getValue(), fonts, painter, output);
            System.out.printf("%-10s %s%n", entry.getValue(), target);
        }
    }

    private static Path render(TypesetLetter letter, Format format, FontFiles fonts, ScanPainter painter, Path output)
            throws IOException {
        String name = letter.name();
        // String.hashCode is specified, so the seed is the same on every JVM.
        long seed = name.hashCode();
        switch (format) {
            case TXT -> {
                Path target = output.resolve(name + ".txt");
                Files.writeString(target, letter.text());
                return target;
            }
            case DOCX -> {
                Path target = output.resolve(name + ".docx");
                DocxWriter.write(letter, target);
                return target;
            }
            case TEXT_PDF -> {
                Path target = output.resolve(name + ".pdf");
                TextPdfWriter.write(letter, fonts, target);
                return target;
            }
            case SCAN_PNG -> {
                Path target = output.resolve(name + ".png");
                ScanWriters.png(onePage(letter, painter.paint(letter, seed)), ScanPainter.DPI, target);
                return target;
            }
            case SCAN_JPEG -> {
                Path target = output.resolve(name + ".jpg");
                ScanWriters.jpeg(onePage(letter, painter.paint(letter, seed)), ScanWriters.JPEG_QUALITY, ScanPainter.DPI, target);
                return target;
            }
            case SCAN_PDF -> {
                Path target = output.resolve(name + ".pdf");
                ScanWriters.imagePdf(painter.paint(letter, seed), ScanWriters.JPEG_QUALITY, ScanPainter.DPI, name, target);
                return target;
            }
            default -> throw new AssertionError(format);
        }
    }

    /** A single image file holds one page; cutting the rest off would silently break the ground truth. */
    private static BufferedImage onePage(TypesetLetter letter, List<BufferedImage> pages) {
        if (pages.size() != 1) {
            throw new IllegalStateException(letter.name() + " needs " + pages.size() + " pages; an image file holds one");
        }
        return pages.get(0);
    }

    private static TypesetLetter read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        return TypesetLetter.of(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    private static void checkLettersMatchFormats(Path groundTruth) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(groundTruth)) {
            files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".txt"))
                    .forEach(f -> found.add(f.substring(0, f.length() - 4)));
        }
        if (!found.equals(FORMATS.keySet())) {
            throw new IllegalStateException("Ground truth " + found + " does not match the letters with a format "
                    + FORMATS.keySet() + " in " + groundTruth.toAbsolutePath());
        }
    }
}
