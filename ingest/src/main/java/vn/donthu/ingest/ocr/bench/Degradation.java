package vn.donthu.ingest.ocr.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * What goes wrong with real scans, one kind at a time, applied to a clean 300 dpi page so each
 * kind's effect on OCR can be measured apart.
 */
enum Degradation {
    CLEAN,
    SIDEWAYS,
    UPSIDE_DOWN,
    SKEWED,
    BORDERS,
    NOISE,
    BLUR,
    LOW_DPI,
    JPEG;

    /** The degraded page and the resolution it is declared at. */
    record Page(BufferedImage image, int dpi) {
    }

    Page apply(BufferedImage page, int dpi, Random random) {
        return switch (this) {
            case CLEAN -> new Page(page, dpi);
            case SIDEWAYS -> new Page(turn(page, random.nextBoolean() ? 1 : 3), dpi);
            case UPSIDE_DOWN -> new Page(turn(page, 2), dpi);
            case SKEWED -> new Page(tilt(page, (random.nextBoolean() ? 1 : -1) * (2.5 + 1.5 * random.nextDouble())), dpi);
            case BORDERS -> new Page(frame(page, random), dpi);
            case NOISE -> new Page(noise(page, random), dpi);
            case BLUR -> new Page(blur(page), dpi);
            case LOW_DPI -> new Page(scale(page, 200.0 / dpi), 200);
            case JPEG -> new Page(jpeg(page, 0.25f), dpi);
        };
    }

    private static BufferedImage turn(BufferedImage page, int quarterTurns) {
        boolean odd = quarterTurns % 2 == 1;
        BufferedImage turned = gray(odd ? page.getHeight() : page.getWidth(), odd ? page.getWidth() : page.getHeight());
        Graphics2D g = turned.createGraphics();
        g.translate(turned.getWidth() / 2.0, turned.getHeight() / 2.0);
        g.rotate(Math.PI / 2 * quarterTurns);
        g.translate(-page.getWidth() / 2.0, -page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return turned;
    }

    /** Tilted on the glass: the uncovered corners are the dark scanner lid. */
    private static BufferedImage tilt(BufferedImage page, double degrees) {
        BufferedImage tilted = gray(page.getWidth(), page.getHeight());
        Graphics2D g = tilted.createGraphics();
        g.setColor(new Color(40, 40, 40));
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0,
                page.getHeight() / 2.0), null);
        g.dispose();
        return tilted;
    }

    /** A photocopy's black margins: bands of uneven width on three or four sides. */
    private static BufferedImage frame(BufferedImage page, Random random) {
        BufferedImage framed = copy(page);
        Graphics2D g = framed.createGraphics();
        g.setColor(new Color(20 + random.nextInt(30), 20 + random.nextInt(30), 20 + random.nextInt(30)));
        int w = page.getWidth();
        int h = page.getHeight();
        g.fillRect(0, 0, w, 40 + random.nextInt(80));
        g.fillRect(0, 0, 30 + random.nextInt(90), h);
        g.fillRect(w - 30 - random.nextInt(120), 0, w, h);
        g.fillRect(0, h - 40 - random.nextInt(80), w, h);
        g.dispose();
        return framed;
    }

    /** Sensor noise and dust: gaussian grain on every pixel plus salt-and-pepper specks. */
    private static BufferedImage noise(BufferedImage page, Random random) {
        BufferedImage noisy = copy(page);
        var raster = noisy.getRaster();
        for (int y = 0; y < noisy.getHeight(); y++) {
            for (int x = 0; x < noisy.getWidth(); x++) {
                double v = raster.getSample(x, y, 0) + random.nextGaussian() * 30;
                double speck = random.nextDouble();
                if (speck < 0.01) {
                    v = 0;
                } else if (speck < 0.02) {
                    v = 255;
                }
                raster.setSample(x, y, 0, (int) Math.max(0, Math.min(255, v)));
            }
        }
        return noisy;
    }

    /** An out-of-focus camera or a worn copier: a 5×5 box blur. */
    private static BufferedImage blur(BufferedImage page) {
        float[] box = new float[25];
        java.util.Arrays.fill(box, 1f / 25);
        BufferedImage blurred = gray(page.getWidth(), page.getHeight());
        new ConvolveOp(new Kernel(5, 5, box), ConvolveOp.EDGE_NO_OP, null).filter(page, blurred);
        return blurred;
    }

    private static BufferedImage scale(BufferedImage page, double factor) {
        BufferedImage scaled = gray((int) Math.round(page.getWidth() * factor), (int) Math.round(page.getHeight() * factor));
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, 0, 0, scaled.getWidth(), scaled.getHeight(), null);
        g.dispose();
        return scaled;
    }

    /** Saved by a phone or a mail gateway at low JPEG quality: blocks and ringing around every letter. */
    private static BufferedImage jpeg(BufferedImage page, float quality) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(page, null, null), param);
            } finally {
                writer.dispose();
            }
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage copy(BufferedImage page) {
        BufferedImage copy = gray(page.getWidth(), page.getHeight());
        copy.getRaster().setRect(page.getRaster());
        return copy;
    }

    private static BufferedImage gray(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    }
}
