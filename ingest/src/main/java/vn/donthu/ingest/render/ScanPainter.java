package vn.donthu.ingest.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.donthu.ingest.render.TypesetLetter.Face;
import vn.donthu.ingest.render.PageLayout.Geometry;
import vn.donthu.ingest.render.PageLayout.PlacedLine;

/**
 * Paints a letter as grayscale A4 pages that look scanned (300 dpi unless told): a slightly skewed
 * sheet, uneven lamp light and sparse sensor speckle. Mild on purpose: the pages must stay OCR-able.
 */
public final class ScanPainter {

    public static final int DPI = 300;
    private static final float FONT_POINTS = 12;
    /** Sheets lie a little crooked on the glass; each page gets this skew, ±10 %, either way. */
    private static final double SKEW_DEGREES = 0.6;
    /** Speckle on a few pixels, not on all: full-page noise would make every PNG several megabytes. */
    private static final double SPECKLE_RATE = 0.008;
    private static final double SPECKLE_SIGMA = 40;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final int dpi;
    private final Geometry geometry;
    private final Map<Face, Font> fonts = new EnumMap<>(Face.class);

    public ScanPainter(FontFiles files) throws IOException {
        this(files, DPI);
    }

    public ScanPainter(FontFiles files, int dpi) throws IOException {
        this.dpi = dpi;
        this.geometry = Geometry.a4(dpi, FONT_POINTS);
        for (Face face : Face.values()) {
            try {
                Font font = Font.createFont(Font.TRUETYPE_FONT, files.file(face).toFile());
                fonts.put(face, font.deriveFont(geometry.fontSize()));
            } catch (FontFormatException e) {
                throw new IOException("Not a TrueType font: " + files.file(face), e);
            }
        }
    }

    public int dpi() {
        return dpi;
    }

    /** Same letter and seed, same pixels: the seed drives every random choice. */
    public List<BufferedImage> paint(TypesetLetter letter, long seed) throws IOException {
        List<BufferedImage> pages = typeset(letter);
        List<BufferedImage> images = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            images.add(scan(pages.get(i), new Random(seed * 31 + i)));
        }
        return images;
    }

    /** The pages as printed, before the scanner: white paper, black type, nothing else. */
    public List<BufferedImage> typeset(TypesetLetter letter) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (List<PlacedLine> lines : layout(letter)) {
            images.add(typeset(lines));
        }
        return images;
    }

    /** The text printed on each page, line by line as wrapped: what OCR of that page should give. */
    public List<String> pageTexts(TypesetLetter letter) throws IOException {
        return layout(letter).stream()
                .map(lines -> String.join("\n", lines.stream().map(PlacedLine::text).toList()))
                .toList();
    }

    private List<List<PlacedLine>> layout(TypesetLetter letter) throws IOException {
        return PageLayout.pages(letter.paragraphs(), geometry,
                (text, face) -> (float) fonts.get(face).getStringBounds(text, FRC).getWidth());
    }

    private BufferedImage typeset(List<PlacedLine> lines) {
        BufferedImage page = blankPage();
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(new Color(30, 30, 30));
        for (PlacedLine line : lines) {
            g.setFont(fonts.get(line.face()));
            g.drawString(line.text(), line.x(), line.baseline());
        }
        g.dispose();
        return page;
    }

    private BufferedImage scan(BufferedImage clean, Random random) {
        double degrees = (random.nextBoolean() ? 1 : -1) * SKEW_DEGREES * (0.9 + 0.2 * random.nextDouble());
        AffineTransform skew = AffineTransform.getRotateInstance(
                Math.toRadians(degrees), clean.getWidth() / 2.0, clean.getHeight() / 2.0);
        // Drawing onto a white sheet keeps the corners the rotation uncovers white, like the scanner lid.
        BufferedImage sheet = blankPage();
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(clean, skew, null);
        g.dispose();

        WritableRaster raster = sheet.getRaster();
        int width = sheet.getWidth();
        for (int y = 0; y < sheet.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                // The lamp is brightest in the middle of the glass; paper is never pure white.
                double light = 246 - 10 * Math.abs(x - width / 2.0) / (width / 2.0);
                double v = raster.getSample(x, y, 0) / 255.0 * light;
                if (random.nextDouble() < SPECKLE_RATE) {
                    v += random.nextGaussian() * SPECKLE_SIGMA;
                }
                raster.setSample(x, y, 0, (int) Math.max(0, Math.min(255, Math.round(v))));
            }
        }
        return sheet;
    }

    private BufferedImage blankPage() {
        return whitePage(Math.round(geometry.width()), Math.round(geometry.height()));
    }

    /** A white 8-bit gray page, what paper is before anything is printed or scanned onto it. */
    public static BufferedImage whitePage(int width, int height) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return page;
    }
}
