package vn.donthu.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import vn.donthu.analysis.VietnameseNormalizer;
import vn.donthu.ingest.ocr.OcrWorkers;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.PageInfo;

/**
 * Turns the bytes of one file into the text of a letter. The format is decided by content (a
 * ".pdf" that is really a PNG is read as the PNG it is); the name is only a hint for formats that
 * look alike, such as CSV and plain text.
 */
public final class LetterExtractor {

    /** More than this is not one letter; refusing it keeps one file from exhausting the heap. */
    public static final int MAX_TEXT_CHARS = 20_000_000;

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final PdfExtractor pdf;
    private final ImageExtractor images;
    private final DocumentExtractor documents = new DocumentExtractor(MAX_TEXT_CHARS);

    public LetterExtractor(OcrWorkers ocr) {
        this.pdf = new PdfExtractor(ocr);
        this.images = new ImageExtractor(ocr);
    }

    public Extraction extract(byte[] content, String fileName) throws UnreadableFileException {
        if (content.length == 0) {
            throw new UnreadableFileException("empty file (0 bytes)");
        }
        MediaType type = detect(content, fileName);
        Extraction raw;
        if (type.equals(MediaType.application("pdf"))) {
            raw = pdf.extract(content);
        } else if (type.getType().equals("image")) {
            raw = images.extract(content, type.toString());
        } else if (type.getType().equals("text") || isDocument(type)) {
            raw = documents.extract(content, type.toString());
        } else if (MessageParts.TYPES.contains(type)) {
            // The attachments are listed as files of their own (InputFiles); the message's letter is its body.
            String body = MessageParts.parse(content, MAX_TEXT_CHARS).body();
            raw = new Extraction(type.toString(), body, 1, 0, ExtractionMethod.TEXT_LAYER, null,
                    List.of(new PageInfo(1, 0, ExtractionMethod.TEXT_LAYER, null)), null);
        } else if (type.equals(MediaType.application("zip"))) {
            throw new UnreadableFileException("an archive inside an archive: unpack the outer one and ingest its folder");
        } else if (type.getSubtype().contains("spreadsheet") || type.getSubtype().equals("vnd.ms-excel")) {
            throw new UnreadableFileException("a spreadsheet without the column headers of a reception register"
                    + " (sổ tiếp công dân: Ngày tiếp, Họ và tên, Nội dung, ...; README.md lists them)");
        } else {
            throw new UnreadableFileException("unsupported format: " + type);
        }
        if (raw.text().length() > MAX_TEXT_CHARS) {
            throw new UnreadableFileException("the text is longer than the " + MAX_TEXT_CHARS + " characters allowed for one letter");
        }
        // Stored text is NFC with look-alike characters repaired, so what is shown is what is searched.
        return raw.withTexts(VietnameseNormalizer.normalize(raw.text()),
                raw.rawText() == null ? null : VietnameseNormalizer.normalize(raw.rawText()));
    }

    /**
     * Content decides. The name only refines plain text (a ".csv" or ".html" is text to the magic
     * bytes); it never turns unknown bytes into a format they are not.
     */
    public MediaType detect(byte[] content, String fileName) {
        MediaType byContent = detect(content, new Metadata());
        if (byContent.equals(MediaType.OCTET_STREAM) && hasNoControlBytes(content)) {
            // Text in an 8-bit legacy encoding (TCVN3, VNI, VISCII) is mostly high bytes, which the
            // magic detector does not take for text; without control bytes it is text all the same.
            byContent = MediaType.TEXT_PLAIN;
        }
        if (!byContent.equals(MediaType.TEXT_PLAIN)) {
            return byContent;
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType byName = detect(content, named);
        return byName.getType().equals("text") ? byName : byContent;
    }

    private MediaType detect(byte[] content, Metadata metadata) {
        try (TikaInputStream input = TikaInputStream.get(content)) {
            return detector.detect(input, metadata).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No byte below 0x20 but tab, line feed, form feed and carriage return: what binary data always has. */
    private static boolean hasNoControlBytes(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 65_536); i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDocument(MediaType type) {
        String subtype = type.getSubtype();
        return subtype.startsWith("vnd.openxmlformats-officedocument.wordprocessingml")
                || subtype.equals("msword")
                || subtype.equals("vnd.oasis.opendocument.text")
                || subtype.equals("rtf")
                || subtype.equals("xhtml+xml");
    }
}
