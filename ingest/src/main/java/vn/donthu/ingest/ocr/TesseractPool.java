package vn.donthu.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One Tesseract engine per calling thread, created on first use and closed with the pool. The
 * ingest workers are the threads, so pages of different files are recognised in parallel while
 * each engine runs single-threaded (OMP_THREAD_LIMIT=1).
 */
public final class TesseractPool implements AutoCloseable {

    private final OcrSettings settings;
    private final List<TesseractEngine> engines = new CopyOnWriteArrayList<>();
    private final ThreadLocal<TesseractEngine> perThread;

    public TesseractPool(OcrSettings settings) {
        settings.check();
        this.settings = settings;
        this.perThread = ThreadLocal.withInitial(this::newEngine);
    }

    public OcrPage recognise(BufferedImage image, int dpi) {
        return perThread.get().recognise(image, dpi);
    }

    private TesseractEngine newEngine() {
        try {
            TesseractEngine engine = new TesseractEngine(settings);
            engines.add(engine);
            return engine;
        } catch (UnsatisfiedLinkError e) {
            throw new OcrUnavailableException("the Tesseract library could not be loaded (" + e.getMessage()
                    + "); install it with: apt-get install tesseract-ocr libtesseract-dev", e);
        }
    }

    @Override
    public void close() {
        engines.forEach(TesseractEngine::close);
        engines.clear();
    }
}
