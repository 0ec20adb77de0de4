package vn.donthu.ingest.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.donthu.analysis.encoding.LegacyEncoder;
import vn.donthu.analysis.encoding.LegacyEncoding;
import vn.donthu.ingest.render.DocxWriter;
import vn.donthu.ingest.render.FontFiles;
import vn.donthu.ingest.render.ScanWriters;
import vn.donthu.ingest.render.TextPdfWriter;
import vn.donthu.ingest.render.TypesetLetter;

/** Writes a generated letter as a file of one format below an output folder ({@code docx/V0000001-1.docx}). */
final class CorpusFileWriter {

    /** Byte order mark first, as Windows Notepad writes UTF-16. */
    private static final byte[] UTF16_LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    private final Path root;
    private final FontFiles fonts;
    private final ScanRenderer scans;

    CorpusFileWriter(Path root, FontFiles fonts) {
        this.root = root;
        this.fonts = fonts;
        this.scans = new ScanRenderer(fonts);
    }

    /** The files written: one, or one per page for PNG and JPEG. */
    List<CorpusFile> write(GeneratedLetter letter, CorpusFormat format, ScanDegradation degradation) throws IOException {
        Path folder = root.resolve(format.label());
        Files.createDirectories(folder);
        String name = letter.id();
        Path target = folder.resolve(name + "." + format.extension());
        String text = letter.text();
        switch (format) {
            case TXT -> Files.writeString(target, text, StandardCharsets.UTF_8);
            case TXT_UTF16 -> Files.write(target, concat(UTF16_LE_BOM, text.getBytes(StandardCharsets.UTF_16LE)));
            case TXT_CP1258 -> Files.write(target, LegacyEncoder.windows1258(text));
            case TXT_TCVN3 -> Files.write(target, LegacyEncoder.bytes(text, LegacyEncoding.TCVN3));
            case TXT_VNI -> Files.write(target, LegacyEncoder.bytes(text, LegacyEncoding.VNI));
            case DOCX -> DocxWriter.write(TypesetLetter.of(name, text), target);
            case PDF -> TextPdfWriter.write(TypesetLetter.of(name, text), fonts, target);
            default -> {
                return writeScan(letter, format, degradation, folder);
            }
        }
        return List.of(file(target, format, null, 1, null, null, letter, text));
    }

    private List<CorpusFile> writeScan(GeneratedLetter letter, CorpusFormat format, ScanDegradation degradation,
                                       Path folder) throws IOException {
        RenderedScan scan = scans.render(letter, degradation);
        int pages = scan.pages().size();
        String base = letter.id();
        Path target = folder.resolve(base + "." + format.extension());
        switch (format) {
            case SCAN_PDF -> ScanWriters.imagePdf(scan.pages(), ScanWriters.JPEG_QUALITY, scan.dpi(), base, target);
            case TIFF -> ScanWriters.tiff(scan.pages(), scan.dpi(), target);
            default -> {
                List<CorpusFile> files = new ArrayList<>();
                for (int i = 0; i < pages; i++) {
                    Path page = folder.resolve(base + (pages == 1 ? "" : "-p" + (i + 1)) + "." + format.extension());
                    if (format == CorpusFormat.PNG) {
                        ScanWriters.png(scan.pages().get(i), scan.dpi(), page);
                    } else {
                        ScanWriters.jpeg(scan.pages().get(i), ScanWriters.JPEG_QUALITY, scan.dpi(), page);
                    }
                    String text = pages == 1 ? letter.text() : scan.pageTexts().get(i);
                    files.add(file(page, format, i + 1, pages, degradation, scan.dpi(), letter, text));
                }
                return files;
            }
        }
        return List.of(file(target, format, null, pages, degradation, scan.dpi(), letter, letter.text()));
    }

    private CorpusFile file(Path path, CorpusFormat format, Integer page, int pages, ScanDegradation degradation,
                            Integer dpi, GeneratedLetter letter, String text) {
        return new CorpusFile(root.relativize(path).toString(), format.label(), page, pages, degradation, dpi,
                letter.id(), letter.matterId(), text, letter.details());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
