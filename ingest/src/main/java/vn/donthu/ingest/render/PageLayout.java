package vn.donthu.ingest.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.donthu.ingest.render.TypesetLetter.Align;
import vn.donthu.ingest.render.TypesetLetter.Face;
import vn.donthu.ingest.render.TypesetLetter.Paragraph;

/**
 * Places a letter's lines on A4 pages. One algorithm serves the text PDF (in points) and the
 * scans (in pixels), so both show the same line breaks.
 */
final class PageLayout {

    interface Measure {
        float width(String text, Face face) throws IOException;
    }

    /** Page and type sizes in one unit (points at 72 per inch, pixels at 300). */
    record Geometry(float width, float height, float left, float right, float top, float bottom,
                    float fontSize, float lineHeight) {

        /** A4 with the margins usual for Vietnamese administrative papers (3 cm left, 2 cm else). */
        static Geometry a4(float unitsPerInch, float fontPoints) {
            float mm = unitsPerInch / 25.4f;
            float fontSize = fontPoints * unitsPerInch / 72f;
            return new Geometry(210 * mm, 297 * mm, 30 * mm, 20 * mm, 20 * mm, 20 * mm, fontSize, 1.4f * fontSize);
        }

        float textWidth() {
            return width - left - right;
        }
    }

    /** {@code baseline} is measured from the top of the page. */
    record PlacedLine(String text, Face face, float x, float baseline) {}

    private PageLayout() {}

    static List<List<PlacedLine>> pages(List<Paragraph> paragraphs, Geometry g, Measure measure) throws IOException {
        List<List<PlacedLine>> pages = new ArrayList<>();
        List<PlacedLine> page = new ArrayList<>();
        float y = g.top();
        for (Paragraph p : paragraphs) {
            if (p.newPage() && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                y = g.top();
            }
            if (!page.isEmpty()) {
                y += p.spaceBefore() * g.lineHeight();
            }
            float max = p.align() == Align.SIGNATURE ? g.textWidth() / 2 : g.textWidth();
            for (String line : wrap(p.text(), max, p.face(), measure)) {
                if (y + g.lineHeight() > g.height() - g.bottom()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = g.top();
                }
                float w = measure.width(line, p.face());
                float x = switch (p.align()) {
                    case LEFT -> g.left();
                    case CENTER -> g.left() + (g.textWidth() - w) / 2;
                    case RIGHT -> g.width() - g.right() - w;
                    case SIGNATURE -> g.left() + 0.75f * g.textWidth() - w / 2;
                };
                page.add(new PlacedLine(line, p.face(), x, y + g.fontSize()));
                y += g.lineHeight();
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** Greedy word wrap; a word wider than the line stays whole on its own line. */
    static List<String> wrap(String text, float maxWidth, Face face, Measure measure) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.width(candidate, face) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
