package vn.donthu.ingest.render;

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

/**
 * Writes scanned pages the way scanners deliver them: PNG, JPEG, multi-page TIFF, or a PDF of page
 * images without text; each file states its resolution.
 */
public final class ScanWriters {

    public static final float JPEG_QUALITY = 0.85f;

    private ScanWriters() {}

    public static void png(BufferedImage page, int dpi, Path target) throws IOException {
        // Quality 0 asks for the strongest deflate; PNG stays lossless either way.
        write(page, "png", 0f, dpi, target);
    }

    public static void jpeg(BufferedImage page, float quality, int dpi, Path target) throws IOException {
        write(page, "jpeg", quality, dpi, target);
    }

    /** An image-only PDF, as from a copier's scan-to-PDF: one JPEG per A4 page and no text layer. */
    public static void imagePdf(List<BufferedImage> pages, float quality, int dpi, String name, Path target)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                // A page turned sideways on the glass is a landscape page of the PDF.
                PDRectangle box = image.getWidth() > image.getHeight()
                        ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
                PDPage page = new PDPage(box);
                doc.addPage(page);
                PDImageXObject xobject = JPEGFactory.createFromImage(doc, image, quality, dpi);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(xobject, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            Pdfs.save(doc, name, target);
        }
    }

    /** A multi-page TIFF, LZW-compressed, as document scanners file a bundle of sheets. */
    public static void tiff(List<BufferedImage> pages, int dpi, Path target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(target))) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("LZW");
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
                declareTiffDpi(metadata, dpi);
                writer.writeToSequence(new IIOImage(page, null, metadata), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static void write(BufferedImage image, String format, float quality, int dpi, Path target)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(target))) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            declareDpi(metadata, format, dpi);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Without a stated resolution, Tesseract guesses one and sizes its text model wrongly. Set in
     * each format's own metadata tree: the JDK PNG writer inverts the standard tree's pixel size.
     */
    private static void declareDpi(IIOMetadata metadata, String format, int dpi) throws IOException {
        if (format.equals("png")) {
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
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
            jfif.setAttribute("Xdensity", Integer.toString(dpi));
            jfif.setAttribute("Ydensity", Integer.toString(dpi));
            metadata.setFromTree(jpegFormat, root);
        }
    }

    /** TIFF keeps resolution as the rationals XResolution and YResolution (tags 282, 283) in inches (296 = 2). */
    private static void declareTiffDpi(IIOMetadata metadata, int dpi) throws IOException {
        // The JDK's writer and jai-imageio's (which tess4j brings) name their trees differently, alike inside.
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = new IIOMetadataNode(format);
        IIOMetadataNode ifd = new IIOMetadataNode("TIFFIFD");
        ifd.appendChild(rationalField(282, "XResolution", dpi));
        ifd.appendChild(rationalField(283, "YResolution", dpi));
        IIOMetadataNode unit = new IIOMetadataNode("TIFFField");
        unit.setAttribute("number", "296");
        unit.setAttribute("name", "ResolutionUnit");
        IIOMetadataNode shorts = new IIOMetadataNode("TIFFShorts");
        IIOMetadataNode value = new IIOMetadataNode("TIFFShort");
        value.setAttribute("value", "2");
        shorts.appendChild(value);
        unit.appendChild(shorts);
        ifd.appendChild(unit);
        root.appendChild(ifd);
        metadata.mergeTree(format, root);
    }

    private static IIOMetadataNode rationalField(int number, String name, int dpi) {
        IIOMetadataNode field = new IIOMetadataNode("TIFFField");
        field.setAttribute("number", Integer.toString(number));
        field.setAttribute("name", name);
        IIOMetadataNode rationals = new IIOMetadataNode("TIFFRationals");
        IIOMetadataNode value = new IIOMetadataNode("TIFFRational");
        value.setAttribute("value", dpi + "/1");
        rationals.appendChild(value);
        field.appendChild(rationals);
        return field;
    }
}
