package vn.donthu.ingest.ocr.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.donthu.ingest.ocr.TesseractEngine;
import vn.donthu.testing.SampleLetters;

/** The cleanup steps on a real sample scan, turned, tilted and framed the way bad scans are, read by real Tesseract. */
class PageCleanerTest {

    private static final Path TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");
    private static final PageCleaner cleaner = new PageCleaner(TESSDATA);

    @AfterAll
    static void close() {
        cleaner.close();
    }

    private static BufferedImage scan() throws IOException {
        return TesseractEngine.toGray(ImageIO.read(SampleLetters.file("khieu-nai-tro-cap-nguoi-co-cong-2022.png").toFile()));
    }

    @Test
    void aPageScannedUpsideDownOrSidewaysIsTurnedUpright() throws IOException {
        BufferedImage upright = scan();
        for (int turns = 1; turns <= 3; turns++) {
            BufferedImage turned = Pages.quarterTurns(upright, turns);

            BufferedImage cleaned = cleaner.clean(turned, 300, EnumSet.of(CleanupStep.ORIENTATION));

            assertThat(cleaned.getWidth()).as("width after %d quarter turns", turns).isEqualTo(upright.getWidth());
            assertThat(difference(cleaned, upright)).as("pixels off after %d quarter turns", turns).isLessThan(0.01);
        }
    }

    @Test
    void aTiltedPageIsStraightenedAndASlightSkewLeftAlone() throws IOException {
        BufferedImage page = scan();
        double own = new Deskewer().skewDegrees(page);
        assertThat(Math.abs(own)).as("the sample sheet lies a little crooked").isBetween(0.3, 1.0);
        assertThat(cleaner.clean(page, 300, EnumSet.of(CleanupStep.DESKEW))).isSameAs(page);
        for (double degrees : new double[] {-3.5, 2}) {
            BufferedImage tilted = Pages.rotate(page, degrees);

            assertThat(new Deskewer().skewDegrees(tilted)).isCloseTo(own + degrees, within(0.2));
            BufferedImage cleaned = cleaner.clean(tilted, 300, EnumSet.of(CleanupStep.DESKEW));
            assertThat(new Deskewer().skewDegrees(cleaned)).isCloseTo(0, within(0.2));
        }
    }

    @Test
    void aBlackScannerBorderIsPaintedWhiteAndTheTextKept() throws IOException {
        BufferedImage page = scan();
        BufferedImage framed = Pages.copy(page);
        Graphics2D g = framed.createGraphics();
        g.setColor(new Color(25, 25, 25));
        g.fillRect(0, 0, framed.getWidth(), 60);
        g.fillRect(0, 0, 45, framed.getHeight());
        g.fillRect(framed.getWidth() - 80, 0, 80, framed.getHeight());
        g.dispose();

        BufferedImage cleaned = cleaner.clean(framed, 300, Set.of(CleanupStep.BORDERS));

        assertThat(darkShare(cleaned, 0, 0, framed.getWidth(), 60)).isZero();
        assertThat(darkShare(cleaned, framed.getWidth() - 80, 0, 80, framed.getHeight())).isZero();
        assertThat(difference(cleaned, cleaner.clean(page, 300, Set.of(CleanupStep.BORDERS)))).isLessThan(0.001);
    }

    /** Share of pixels whose gray differs by more than a quarter of the scale. */
    private static double difference(BufferedImage a, BufferedImage b) {
        long off = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0)) > 64) {
                    off++;
                }
            }
        }
        return (double) off / ((long) a.getWidth() * a.getHeight());
    }

    private static double darkShare(BufferedImage image, int x0, int y0, int width, int height) {
        long dark = 0;
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                if (image.getRaster().getSample(x, y, 0) < 110) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) width * height);
    }
}
