package vn.donthu.ingest.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Writes scanned pages the way scanners deliver them: PNG, JPEG, or a PDF of page images without text. */
final class ScanWriters {

    static final float JPEG_QUALITY = 0.85f;

    private ScanWriters() {}

    static void png(BufferedImage page, Path target) throws IOException {
        // Quality 0 asks for the strongest deflate; PNG stays lossless either way.
        write(page, "png", 0f, target);
    }

    static void jpeg(BufferedImage page, Path target) throws IOException {
        write(page, "jpeg", JPEG_QUALITY, target);
    }

    /** An image-only PDF, as from a copier's scan-to-PDF: one JPEG per A4 page and no text layer. */
    static void imagePdf(List<BufferedImage> pages, String name, Path target) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject xobject = JPEGFactory.createFromImage(doc, image, JPEG_QUALITY, ScanPainter.DPI);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            Pdfs.save(doc, name, target);
        }
    }

    private static void write(BufferedImage image, String format, float quality, Path target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(target))) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            declareDpi(metadata, format);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Without a stated resolution, Tesseract guesses one and sizes its text model wrongly. Set in
     * each format's own metadata tree: the JDK PNG writer inverts the standard tree's pixel size.
     */
    private static void declareDpi(IIOMetadata metadata, String format) throws IOException {
        if (format.equals("png")) {
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(ScanPainter.DPI / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
        } else {
            String jpegFormat = "javax_imageio_jpeg_image_1.0";
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(jpegFormat);
            IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
            jfif.setAttribute("resUnits", "1");
            jfif.setAttribute("Xdensity", Integer.toString(ScanPainter.DPI));
            jfif.setAttribute("Ydensity", Integer.toString(ScanPainter.DPI));
            metadata.setFromTree(jpegFormat, root);
        }
    }
}
