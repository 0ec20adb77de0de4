package vn.donthu.ingest.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract engine through tess4j's C API binding, owned by one OCR worker process. We call
 * the C API directly rather than tess4j's {@code Tesseract} class because it gives the page text
 * and its mean confidence from one recognition pass.
 */
public final class TesseractEngine implements AutoCloseable {

    /** Tesseract 5's {@code thresholding_method} values. */
    private static final String OTSU = "0";
    private static final String SAUVOLA = "2";

    private final TessAPI api = TessAPI.INSTANCE;
    private final TessBaseAPI handle;

    public TesseractEngine(Path tessdata, String language) {
        handle = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(handle, tessdata.toString(), language) != 0) {
            api.TessBaseAPIDelete(handle);
            throw new OcrUnavailableException("Tesseract could not load language '" + language + "' from "
                    + tessdata + "; install it with: apt-get install tesseract-ocr-vie", null);
        }
        api.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
        // Tesseract prints debug notes ("Detected 174 diacritics") to stderr unless told otherwise.
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    }

    /** @param localThreshold Sauvola (local) binarisation instead of Tesseract's default global Otsu */
    public OcrPage recognise(BufferedImage gray, int dpi, boolean localThreshold) {
        api.TessBaseAPISetVariable(handle, "thresholding_method", localThreshold ? SAUVOLA : OTSU);
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
        api.TessBaseAPISetImage(handle, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
        api.TessBaseAPISetSourceResolution(handle, dpi);
        Pointer text = api.TessBaseAPIGetUTF8Text(handle);
        try {
            String recognised = text == null ? "" : text.getString(0, StandardCharsets.UTF_8.name());
            return new OcrPage(recognised, recognised, api.TessBaseAPIMeanTextConf(handle));
        } finally {
            if (text != null) {
                api.TessDeleteText(text);
            }
            api.TessBaseAPIClear(handle);
        }
    }

    /**
     * A fresh 8-bit gray copy gives Tesseract one well-defined pixel layout whatever the source
     * (palette PNG, CMYK JPEG, a sub-image sharing a larger raster).
     */
    public static BufferedImage toGray(BufferedImage image) {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = gray.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }

    @Override
    public void close() {
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
    }
}
