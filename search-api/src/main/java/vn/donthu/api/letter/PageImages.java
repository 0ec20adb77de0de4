package vn.donthu.api.letter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ResponseStatusException;

/**
 * The image of one page of an original file: a PDF page rendered at {@value #DPI} dpi, a page (frame)
 * of a TIFF, or a single image as it is. No side is longer than {@value #MAX_SIDE} pixels: larger
 * pages are rendered smaller or read subsampled, so a huge scan cannot exhaust the server's memory.
 */
final class PageImages {

    static final int DPI = 150;
    static final int MAX_SIDE = 3000;
    /** Formats a browser shows as they are; others (TIFF, BMP, JPEG 2000) are converted to PNG. */
    private static final Set<String> SHOWN_AS_THEY_ARE = Set.of(MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE);

    /** An image to send. */
    record PageImage(byte[] bytes, MediaType type) {
    }

    private PageImages() {
    }

    /** Page {@code number} (from 1) of the file, or 404 when the file has no page images or no such page. */
    static PageImage render(Path file, String mediaType, int number) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT);
        try {
            if (type.equals(MediaType.APPLICATION_PDF_VALUE)) {
                return pdf(file, number);
            }
            if (type.startsWith("image/")) {
                return image(file, type, number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the original file could not be read: " + e.getMessage(), e);
        }
        throw notFound("this letter has no page images: its original file (" + (mediaType == null ? "unknown format" : mediaType)
                + ") holds text, not pages; read it at /text");
    }

    private static PageImage pdf(Path file, int number) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int pages = document.getNumberOfPages();
            checkPage(number, pages);
            PDRectangle box = document.getPage(number - 1).getMediaBox();
            float longest = Math.max(box.getWidth(), box.getHeight()) / 72f;
            float dpi = Math.min(DPI, MAX_SIDE / Math.max(longest, 1f));
            return png(new PDFRenderer(document).renderImageWithDPI(number - 1, dpi, ImageType.RGB));
        }
    }

    private static PageImage image(Path file, String type, int number) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw notFound("this letter has no page images: no reader for its image format (" + type + ")");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                checkPage(number, reader.getNumImages(true));
                int frame = number - 1;
                int side = Math.max(reader.getWidth(frame), reader.getHeight(frame));
                if (SHOWN_AS_THEY_ARE.contains(type) && side <= MAX_SIDE) {
                    return new PageImage(Files.readAllBytes(file), MediaType.parseMediaType(type));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (side + MAX_SIDE - 1) / MAX_SIDE;
                param.setSourceSubsampling(step, step, 0, 0);
                return png(reader.read(frame, param));
            } finally {
                reader.dispose();
            }
        }
    }

    private static void checkPage(int number, int pages) {
        if (number < 1 || number > pages) {
            throw notFound("page " + number + " is out of range: the letter has " + pages + (pages == 1 ? " page" : " pages"));
        }
    }

    private static PageImage png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new PageImage(out.toByteArray(), MediaType.IMAGE_PNG);
    }

    private static ResponseStatusException notFound(String detail) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
    }
}
