package vn.donthu.ingest.ocr.cleanup;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Finds the skew of a page by projection profile: text lines give the sharpest row profile when
 * they run horizontally, so the angle whose sheared row counts change most abruptly wins. Works on
 * a page sampled down to about 1,000 pixels wide, then turns the full page.
 */
final class Deskewer {

    private static final double MAX_DEGREES = 6;
    /**
     * Tesseract reads text tilted less than this as well as straight text (measured: 0% character
     * errors at 0.6°), while turning a page blurs it a little; so smaller skews are left alone.
     */
    private static final double MIN_DEGREES = 1.0;
    private static final int DARK = 128;

    /** The page turned straight, or the page itself when it is straight already. */
    BufferedImage deskew(BufferedImage gray) {
        double angle = skewDegrees(gray);
        return Math.abs(angle) < MIN_DEGREES ? gray : Pages.rotate(gray, -angle);
    }

    /** Degrees the text lines fall to the right (clockwise), within ±6°. */
    double skewDegrees(BufferedImage gray) {
        int step = Math.max(1, gray.getWidth() / 1000);
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int width = gray.getWidth();
        int height = gray.getHeight();
        int count = 0;
        int[] xs = new int[1 << 16];
        int[] ys = new int[1 << 16];
        for (int y = 0; y < height; y += step) {
            for (int x = 0; x < width; x += step) {
                if ((pixels[y * width + x] & 0xFF) < DARK) {
                    if (count == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, count * 2);
                        ys = java.util.Arrays.copyOf(ys, count * 2);
                    }
                    xs[count] = x / step;
                    ys[count] = y / step;
                    count++;
                }
            }
        }
        if (count < 100) {
            return 0;
        }
        int rows = height / step + 1;
        int columns = width / step + 1;
        double best = 0;
        double bestScore = -1;
        for (double degrees = -MAX_DEGREES; degrees <= MAX_DEGREES; degrees += 0.25) {
            double score = profileScore(xs, ys, count, rows, columns, degrees);
            if (score > bestScore) {
                bestScore = score;
                best = degrees;
            }
        }
        double coarse = best;
        for (double degrees = coarse - 0.25; degrees <= coarse + 0.25; degrees += 0.05) {
            double score = profileScore(xs, ys, count, rows, columns, degrees);
            if (score > bestScore) {
                bestScore = score;
                best = degrees;
            }
        }
        return best;
    }

    private static double profileScore(int[] xs, int[] ys, int count, int rows, int columns, double degrees) {
        double slope = Math.tan(Math.toRadians(degrees));
        int offset = (int) Math.ceil(Math.abs(slope) * columns) + 1;
        int[] bins = new int[rows + 2 * offset];
        for (int i = 0; i < count; i++) {
            bins[(int) Math.round(ys[i] - xs[i] * slope) + offset]++;
        }
        double score = 0;
        for (int i = 1; i < bins.length; i++) {
            double change = bins[i] - bins[i - 1];
            score += change * change;
        }
        return score;
    }
}
