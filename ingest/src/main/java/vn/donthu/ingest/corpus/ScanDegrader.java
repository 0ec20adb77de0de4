package vn.donthu.ingest.corpus;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import vn.donthu.ingest.render.ScanPainter;

/** Applies one {@link ScanDegradation} to a scanned grayscale page; the random source decides every detail. */
final class ScanDegrader {

    private static final double SALT_AND_PEPPER_RATE = 0.02;
    private static final float HEAVY_JPEG_QUALITY = 0.12f;

    private ScanDegrader() {}

    static BufferedImage apply(BufferedImage page, ScanDegradation degradation, Random r) {
        return switch (degradation) {
            case CLEAN, LOW_DPI -> page;
            case SKEW -> rotate(page, (r.nextBoolean() ? 1 : -1) * (2 + 3 * r.nextDouble()));
            case ROTATED_90 -> quarterTurn(page, r.nextBoolean());
            case ROTATED_180 -> rotate(page, 180);
            case SALT_AND_PEPPER -> saltAndPepper(page, r);
            case SPECKLES -> speckles(page, r);
            case BLUR -> blur(page);
            case JPEG_ARTIFACTS -> jpegRoundTrip(page);
            case DARK_BORDERS -> darkBorders(page, r);
        };
    }

    private static BufferedImage rotate(BufferedImage page, double degrees) {
        BufferedImage out = ScanPainter.whitePage(page.getWidth(), page.getHeight());
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees),
                page.getWidth() / 2.0, page.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    /** A quarter turn, clockwise or not: the page becomes landscape. */
    private static BufferedImage quarterTurn(BufferedImage page, boolean clockwise) {
        int w = page.getWidth();
        int h = page.getHeight();
        BufferedImage out = ScanPainter.whitePage(h, w);
        AffineTransform t = new AffineTransform();
        if (clockwise) {
            t.translate(h, 0);
            t.rotate(Math.PI / 2);
        } else {
            t.translate(0, w);
            t.rotate(-Math.PI / 2);
        }
        Graphics2D g = out.createGraphics();
        g.drawImage(page, t, null);
        g.dispose();
        return out;
    }

    private static BufferedImage saltAndPepper(BufferedImage page, Random r) {
        BufferedImage out = copy(page);
        WritableRaster raster = out.getRaster();
        int pixels = out.getWidth() * out.getHeight();
        int count = (int) (pixels * SALT_AND_PEPPER_RATE);
        for (int i = 0; i < count; i++) {
            int p = r.nextInt(pixels);
            raster.setSample(p % out.getWidth(), p / out.getWidth(), 0, r.nextBoolean() ? 0 : 255);
        }
        return out;
    }

    /** Dust and toner: a few thousand dark dots of one to four pixels, some blots, a hair or two. */
    private static BufferedImage speckles(BufferedImage page, Random r) {
        BufferedImage out = copy(page);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int w = out.getWidth();
        int h = out.getHeight();
        int dots = 2500 + r.nextInt(2500);
        for (int i = 0; i < dots; i++) {
            int size = 1 + r.nextInt(4);
            int shade = r.nextInt(90);
            g.setColor(new Color(shade, shade, shade));
            g.fillOval(r.nextInt(w), r.nextInt(h), size, size);
        }
        for (int i = 0; i < 6 + r.nextInt(10); i++) {
            int size = 8 + r.nextInt(22);
            int shade = 40 + r.nextInt(120);
            g.setColor(new Color(shade, shade, shade));
            g.fillOval(r.nextInt(w), r.nextInt(h), size, size + r.nextInt(size));
        }
        g.setColor(new Color(60, 60, 60));
        for (int i = 0; i < 1 + r.nextInt(2); i++) {
            int x = r.nextInt(w);
            int y = r.nextInt(h);
            g.drawLine(x, y, x + r.nextInt(300) - 150, y + r.nextInt(300) - 150);
        }
        g.dispose();
        return out;
    }

    /** A Gaussian blur of radius 2 (sigma 1.3 pixels at 300 dpi): letters stay legible but soft. */
    private static BufferedImage blur(BufferedImage page) {
        int radius = 2;
        double sigma = 1.3;
        float[] weights = new float[(2 * radius + 1) * (2 * radius + 1)];
        float sum = 0;
        for (int y = -radius; y <= radius; y++) {
            for (int x = -radius; x <= radius; x++) {
                float v = (float) Math.exp(-(x * x + y * y) / (2 * sigma * sigma));
                weights[(y + radius) * (2 * radius + 1) + x + radius] = v;
                sum += v;
            }
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        ConvolveOp op = new ConvolveOp(new Kernel(2 * radius + 1, 2 * radius + 1, weights), ConvolveOp.EDGE_NO_OP, null);
        return op.filter(page, ScanPainter.whitePage(page.getWidth(), page.getHeight()));
    }

    /** Through a JPEG at very low quality and back, so that every file format carries the artefacts. */
    private static BufferedImage jpegRoundTrip(BufferedImage page) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(HEAVY_JPEG_QUALITY);
                writer.write(null, new IIOImage(page, null, null), param);
            } finally {
                writer.dispose();
            }
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
            BufferedImage gray = ScanPainter.whitePage(decoded.getWidth(), decoded.getHeight());
            Graphics2D g = gray.createGraphics();
            g.drawImage(decoded, 0, 0, null);
            g.dispose();
            return gray;
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG round trip in memory failed", e);
        }
    }

    /** Black bands fading inwards on two to four edges, as from an open copier lid. */
    private static BufferedImage darkBorders(BufferedImage page, Random r) {
        BufferedImage out = copy(page);
        WritableRaster raster = out.getRaster();
        int w = out.getWidth();
        int h = out.getHeight();
        int[] bands = {40 + r.nextInt(120), 40 + r.nextInt(120), r.nextBoolean() ? 30 + r.nextInt(100) : 0,
            r.nextBoolean() ? 30 + r.nextInt(100) : 0};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int edge = Math.max(Math.max(bands[0] - x, bands[1] - (w - 1 - x)),
                        Math.max(bands[2] - y, bands[3] - (h - 1 - y)));
                if (edge > 0) {
                    // Solid black at the edge, a short fade where the band meets the paper.
                    int fade = Math.min(edge, 12);
                    int v = raster.getSample(x, y, 0);
                    raster.setSample(x, y, 0, (int) (v * (1 - fade / 12.0)) + r.nextInt(12));
                }
            }
        }
        return out;
    }

    private static BufferedImage copy(BufferedImage page) {
        BufferedImage out = ScanPainter.whitePage(page.getWidth(), page.getHeight());
        out.setData(page.getRaster());
        return out;
    }
}
