package vn.donthu.ingest.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.donthu.ingest.ocr.OcrWorkers;

/**
 * PDFs are decided page by page: a page with a usable text layer keeps it, any other page is
 * rendered at 300 dpi and OCRed. So a scanned letter with a typed cover page is neither
 * duplicated nor half lost.
 */
final class PdfExtractor {

    static final int OCR_DPI = 300;
    /** Fewer letters than this on a page means a scan (or a stamp, or a page number), not a text layer. */
    private static final int MIN_LAYER_LETTERS = 20;

    private final OcrWorkers ocr;

    PdfExtractor(OcrWorkers ocr) {
        this.ocr = ocr;
    }

    Extraction extract(byte[] content) throws UnreadableFileException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            PDFRenderer renderer = new PDFRenderer(document);
            PageTexts pages = new PageTexts();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String layer = stripper.getText(document);
                if (letters(layer) >= MIN_LAYER_LETTERS) {
                    pages.addTextLayer(layer);
                } else {
                    // One page at a time: a 300 dpi A4 page is ~25 MB as RGB.
                    BufferedImage image = renderer.renderImageWithDPI(page - 1, OCR_DPI, ImageType.GRAY);
                    pages.addOcr(PageTexts.ocr(ocr, image, OCR_DPI, page));
                }
            }
            return pages.toExtraction("application/pdf");
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("encrypted PDF: it needs a password to open", e);
        } catch (IOException e) {
            throw new UnreadableFileException("corrupt or truncated PDF: " + e.getMessage(), e);
        }
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
