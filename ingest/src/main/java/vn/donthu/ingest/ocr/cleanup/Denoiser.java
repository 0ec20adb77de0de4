package vn.donthu.ingest.ocr.cleanup;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Removes sensor grain and dust specks with a 3×3 median, but only from a page that has them:
 * a median also thins strokes, and on a clean page it would eat the dots and hooks of Vietnamese
 * diacritics. A page is noisy when many dark pixels have no dark neighbour (no glyph has those).
 */
final class Denoiser {

    private static final int DARK = 128;
    /** Isolated dark pixels per pixel above which a page counts as noisy; a clean scan has almost none. */
    private static final double NOISY = 0.001;

    BufferedImage denoise(BufferedImage gray) {
        return isolatedDarkShare(gray) > NOISY ? median(gray) : gray;
    }

    static double isolatedDarkShare(BufferedImage gray) {
        byte[] p = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int h = gray.getHeight();
        long isolated = 0;
        for (int y = 1; y < h - 1; y += 2) {
            for (int x = 1; x < w - 1; x++) {
                int at = y * w + x;
                if ((p[at] & 0xFF) < DARK && !dark(p, at - w - 1) && !dark(p, at - w) && !dark(p, at - w + 1)
                        && !dark(p, at - 1) && !dark(p, at + 1) && !dark(p, at + w - 1) && !dark(p, at + w) && !dark(p, at + w + 1)) {
                    isolated++;
                }
            }
        }
        return isolated * 2.0 / ((long) w * h);
    }

    private static boolean dark(byte[] pixels, int at) {
        return (pixels[at] & 0xFF) < DARK;
    }

    private static BufferedImage median(BufferedImage gray) {
        byte[] p = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        BufferedImage out = Pages.copy(gray);
        byte[] q = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int[] window = new int[9];
        for (int y = 1; y < gray.getHeight() - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        window[n++] = p[(y + dy) * w + x + dx] & 0xFF;
                    }
                }
                java.util.Arrays.sort(window);
                q[y * w + x] = (byte) window[4];
            }
        }
        return out;
    }
}
