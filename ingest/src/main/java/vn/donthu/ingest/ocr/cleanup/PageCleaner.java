package vn.donthu.ingest.ocr.cleanup;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Prepares a scanned page for Tesseract with the chosen steps: turned upright, straightened, dark
 * borders painted white, grain removed. (Binarisation is Tesseract's own Sauvola, switched on per page by the engine.)
 */
public final class PageCleaner implements AutoCloseable {

    private final Optional<OrientationDetector> orientation;
    private final Deskewer deskewer = new Deskewer();
    private final BorderRemover borders = new BorderRemover();
    private final Denoiser denoiser = new Denoiser();

    public PageCleaner(Path tessdata) {
        this.orientation = OrientationDetector.open(tessdata);
    }

    public BufferedImage clean(BufferedImage gray, int dpi, Set<CleanupStep> steps) {
        BufferedImage page = gray;
        if (steps.contains(CleanupStep.BORDERS)) {
            // Borders first: a black band would dominate both the orientation guess and the skew profile.
            page = borders.removeBorders(page);
        }
        if (steps.contains(CleanupStep.DENOISE)) {
            // Before orientation and skew: specks blur both estimates.
            page = denoiser.denoise(page);
        }
        if (steps.contains(CleanupStep.ORIENTATION) && orientation.isPresent()) {
            int turns = orientation.get().quarterTurns(page, dpi);
            if (turns != 0) {
                page = Pages.quarterTurns(page, turns);
            }
        }
        if (steps.contains(CleanupStep.DESKEW)) {
            page = deskewer.deskew(page);
        }
        return page;
    }

    @Override
    public void close() {
        orientation.ifPresent(OrientationDetector::close);
    }
}
