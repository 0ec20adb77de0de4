package vn.donthu.ingest.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.donthu.ingest.ocr.OcrWorkers;

/** Scans (PNG, JPEG, JPEG 2000, TIFF with any number of pages, BMP, GIF): every frame is one OCRed page. */
final class ImageExtractor {

    /** Scans carry no reliable resolution; 300 dpi is what archives scan at. */
    private static final int ASSUMED_DPI = 300;
    /** A bigger image is a decompression bomb or a poster, not a letter page (A4 at 600 dpi is ~35 Mpx). */
    static final long MAX_PIXELS = 80_000_000L;

    private final OcrWorkers ocr;

    ImageExtractor(OcrWorkers ocr) {
        this.ocr = ocr;
    }

    Extraction extract(byte[] content, String mediaType) throws UnreadableFileException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnreadableFileException("unsupported image format: " + mediaType);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                PageTexts pages = new PageTexts();
                int frames = reader.getNumImages(true);
                for (int frame = 0; frame < frames; frame++) {
                    long pixels = (long) reader.getWidth(frame) * reader.getHeight(frame);
                    if (pixels > MAX_PIXELS) {
                        throw new UnreadableFileException("image page " + (frame + 1) + " is " + reader.getWidth(frame)
                                + "×" + reader.getHeight(frame) + " pixels, more than the " + MAX_PIXELS + " allowed");
                    }
                    BufferedImage image = reader.read(frame);
                    pages.addOcr(PageTexts.ocr(ocr, image, ASSUMED_DPI, frame + 1));
                }
                return pages.toExtraction(mediaType);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UnreadableFileException("corrupt or truncated image: " + e.getMessage(), e);
        }
    }
}
