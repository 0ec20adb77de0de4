package vn.donthu.ingest.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.donthu.ingest.render.TypesetLetter.Face;
import vn.donthu.ingest.render.PageLayout.Geometry;
import vn.donthu.ingest.render.PageLayout.PlacedLine;

/** A born-digital PDF: embedded TrueType subsets with ToUnicode maps, so the text layer extracts as typed. */
public final class TextPdfWriter {

    private static final float FONT_POINTS = 12;

    private TextPdfWriter() {}

    public static void write(TypesetLetter letter, FontFiles fontFiles, Path target) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Map<Face, PDFont> fonts = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                fonts.put(face, PDType0Font.load(doc, fontFiles.file(face).toFile()));
            }
            Geometry g = Geometry.a4(72, FONT_POINTS);
            List<List<PlacedLine>> pages = PageLayout.pages(letter.paragraphs(), g,
                    (text, face) -> fonts.get(face).getStringWidth(text) / 1000 * g.fontSize());
            for (List<PlacedLine> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    for (PlacedLine line : lines) {
                        content.beginText();
                        content.setFont(fonts.get(line.face()), g.fontSize());
                        // PDF space has its origin at the bottom left.
                        content.newLineAtOffset(line.x(), g.height() - line.baseline());
                        content.showText(line.text());
                        content.endText();
                    }
                }
            }
            Pdfs.save(doc, letter.name(), target);
        }
    }
}
