package vn.donthu.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import vn.donthu.ingest.ocr.cleanup.CleanupStep;
import vn.donthu.ingest.ocr.correction.OcrCorrector;
import vn.donthu.ingest.ocr.worker.WorkerProcess;

/**
 * OCR for the whole ingest run: as many worker processes as the settings say (one per core by
 * default), each running one single-threaded Tesseract engine. A calling thread borrows an idle
 * worker for one page. Pages are cleaned in the worker and corrected here, where the lexicon is
 * loaded once.
 */
public final class OcrWorkers implements AutoCloseable {

    private final OcrSettings settings;
    private final List<WorkerProcess> all = new ArrayList<>();
    private final BlockingQueue<WorkerProcess> idle;
    private final List<WorkerProcess> busy = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile OcrCorrector corrector;

    public OcrWorkers(OcrSettings settings) {
        settings.check();
        this.settings = settings;
        this.idle = new ArrayBlockingQueue<>(settings.workers());
        Path logs = logFolder();
        for (int i = 0; i < settings.workers(); i++) {
            WorkerProcess worker = new WorkerProcess(settings, logs.resolve("ocr-worker-" + (i + 1) + ".log"));
            all.add(worker);
            idle.add(worker);
        }
    }

    public OcrSettings settings() {
        return settings;
    }

    /** One page, with the cleanup steps and correction the settings choose. */
    public OcrPage recognise(BufferedImage image, int dpi) throws OcrFailedException {
        return recognise(image, dpi, settings.cleanup(), settings.correction());
    }

    public OcrPage recognise(BufferedImage image, int dpi, Set<CleanupStep> cleanup, boolean correct)
            throws OcrFailedException {
        BufferedImage gray = TesseractEngine.toGray(image);
        WorkerProcess worker = borrow();
        OcrPage read;
        try {
            busy.add(worker);
            read = worker.recognise(gray, dpi, CleanupStep.mask(cleanup));
        } finally {
            busy.remove(worker);
            idle.add(worker);
        }
        return correct ? new OcrPage(corrector().correct(read.rawText()), read.rawText(), read.confidence()) : read;
    }

    /** The post-OCR correction applied to text already read (for a benchmark that keeps raw text on disk). */
    public String correct(String rawText) {
        return corrector().correct(rawText);
    }

    /** Process ids of the workers OCRing a page right now (for tests and diagnostics). */
    public List<Long> busyWorkerPids() {
        return busy.stream().map(WorkerProcess::pid).filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).toList();
    }

    /** Process ids of the running workers. */
    public List<Long> workerPids() {
        return all.stream().map(WorkerProcess::pid).filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).toList();
    }

    private OcrCorrector corrector() {
        OcrCorrector loaded = corrector;
        if (loaded == null) {
            synchronized (this) {
                if (corrector == null) {
                    corrector = OcrCorrector.vietnamese();
                }
                loaded = corrector;
            }
        }
        return loaded;
    }

    private WorkerProcess borrow() throws OcrFailedException {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrFailedException("interrupted while waiting for an OCR worker");
        }
    }

    private static Path logFolder() {
        try {
            return Files.createTempDirectory("donthu-ocr-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the OCR workers' logs", e);
        }
    }

    @Override
    public void close() {
        all.forEach(WorkerProcess::close);
    }
}
