package vn.donthu.ingest.ocr.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.donthu.ingest.ocr.OcrFailedException;
import vn.donthu.ingest.ocr.OcrWorkers;
import vn.donthu.ingest.ocr.TesseractEngine;
import vn.donthu.ingest.ocr.cleanup.CleanupStep;

/**
 * For the benchmarks that OCR generated scans only ({@link DegradedScans}): Tesseract's raw text of each painted page, kept on disk under
 * the SHA-256 of the page's pixels, resolution, language and cleanup steps, so that re-running the
 * benchmark while the readers are tuned does not OCR the same pages again. The post-OCR correction
 * runs on every run (it is Java and may be the thing being tuned). Ingest never reads this folder.
 */
public final class ScanTextCache {

    private final Path folder;
    private final OcrWorkers pool;

    ScanTextCache(Path folder, OcrWorkers pool) {
        this.folder = folder;
        this.pool = pool;
    }

    /** The default folder: {@code java.io.tmpdir/donthu-bench-ocr-pages}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "donthu-bench-ocr-pages");
    }

    /** The page's text as ingest would read it (raw OCR, then the correction the settings choose). */
    String recognise(BufferedImage page, int dpi) throws OcrFailedException, IOException {
        BufferedImage gray = TesseractEngine.toGray(page);
        Path file = folder.resolve(key(gray, dpi) + ".txt");
        String raw;
        if (Files.isRegularFile(file)) {
            raw = Files.readString(file);
        } else {
            raw = pool.recognise(gray, dpi, pool.settings().cleanup(), false).rawText();
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "page", ".part");
            Files.writeString(partial, raw);
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return pool.settings().correction() ? pool.correct(raw) : raw;
    }

    private String key(BufferedImage gray, int dpi) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(((DataBufferByte) gray.getRaster().getDataBuffer()).getData());
            String settings = gray.getWidth() + "x" + gray.getHeight() + "@" + dpi + "/" + pool.settings().language()
                    + "/" + CleanupStep.mask(pool.settings().cleanup());
            sha.update(settings.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
