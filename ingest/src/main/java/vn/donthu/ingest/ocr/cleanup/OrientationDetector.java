package vn.donthu.ingest.ocr.cleanup;

import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;

/**
 * Tesseract's orientation detection (the {@code osd} data, Debian package tesseract-ocr-osd): how
 * far a page must be turned clockwise to stand upright. Absent data means pages are taken as they come.
 */
final class OrientationDetector implements AutoCloseable {

    /**
     * Below this margin over the runner-up orientation Tesseract is guessing (blank pages, stamps);
     * a wrong quarter turn would cost the whole page, so the page is left as it is.
     */
    private static final float MIN_CONFIDENCE = 2.0f;

    private final TessAPI api = TessAPI.INSTANCE;
    private final TessBaseAPI handle;

    private OrientationDetector(TessBaseAPI handle) {
        this.handle = handle;
    }

    static Optional<OrientationDetector> open(Path tessdata) {
        if (!Files.isReadable(tessdata.resolve("osd.traineddata"))) {
            return Optional.empty();
        }
        TessAPI api = TessAPI.INSTANCE;
        TessBaseAPI handle = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(handle, tessdata.toString(), "osd") != 0) {
            api.TessBaseAPIDelete(handle);
            return Optional.empty();
        }
        api.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_OSD_ONLY);
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        return Optional.of(new OrientationDetector(handle));
    }

    /** Clockwise quarter turns (0–3) that make the page upright. */
    int quarterTurns(BufferedImage gray, int dpi) {
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
        api.TessBaseAPISetImage(handle, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
        api.TessBaseAPISetSourceResolution(handle, dpi);
        IntBuffer degrees = IntBuffer.allocate(1);
        FloatBuffer confidence = FloatBuffer.allocate(1);
        try {
            int found = api.TessBaseAPIDetectOrientationScript(handle, degrees, confidence, new PointerByReference(),
                    FloatBuffer.allocate(1));
            if (found == 0 || confidence.get(0) < MIN_CONFIDENCE) {
                return 0;
            }
            // Tesseract gives the angle the text stands at; turning the page back is the opposite turn.
            return Math.floorMod(-degrees.get(0) / 90, 4);
        } finally {
            api.TessBaseAPIClear(handle);
        }
    }

    @Override
    public void close() {
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
    }
}
