package vn.donthu.ingest.ocr.cleanup;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Turning and copying 8-bit gray page images, with white where the turned page leaves no paper. */
final class Pages {

    private Pages() {
    }

    /** The page turned clockwise by {@code degrees} about its centre, same size. */
    static BufferedImage rotate(BufferedImage gray, double degrees) {
        BufferedImage turned = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), gray.getWidth() / 2.0, gray.getHeight() / 2.0);
        g.drawImage(gray, 0, 0, null);
        g.dispose();
        return turned;
    }

    /** The page turned clockwise by whole quarter turns, width and height swapped for odd turns. */
    static BufferedImage quarterTurns(BufferedImage gray, int turns) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        boolean odd = turns % 2 == 1;
        BufferedImage turned = new BufferedImage(odd ? h : w, odd ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.translate(turned.getWidth() / 2.0, turned.getHeight() / 2.0);
        g.rotate(Math.PI / 2 * turns);
        g.translate(-w / 2.0, -h / 2.0);
        g.drawImage(gray, 0, 0, null);
        g.dispose();
        return turned;
    }

    static BufferedImage copy(BufferedImage gray) {
        BufferedImage copy = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        copy.getRaster().setRect(gray.getRaster());
        return copy;
    }
}
