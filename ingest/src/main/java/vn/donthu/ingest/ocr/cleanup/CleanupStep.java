package vn.donthu.ingest.ocr.cleanup;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** One switchable image cleanup step run on a page before Tesseract reads it, in this order. */
public enum CleanupStep {
    /** Grain and dust specks are removed (3×3 median), on pages that have them. */
    DENOISE,
    /** Pages scanned sideways or upside down are turned upright (Tesseract's orientation detection). */
    ORIENTATION,
    /** A page fed in at an angle is rotated straight (projection profile). */
    DESKEW,
    /** Dark bands left by the scanner lid or a photocopy edge are painted white. */
    BORDERS,
    /** Local (Sauvola) thresholding instead of Tesseract's global Otsu: survives stains and uneven light. */
    BINARIZE;

    public static final String DEFAULT = "denoise,orientation,deskew,borders";

    public static Set<CleanupStep> parse(String list) {
        Set<CleanupStep> steps = EnumSet.noneOf(CleanupStep.class);
        if (list.isBlank() || list.trim().equalsIgnoreCase("none")) {
            return steps;
        }
        for (String name : list.split(",")) {
            try {
                steps.add(valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown OCR cleanup step '" + name.trim()
                        + "'; the steps are denoise, orientation, deskew, borders, binarize (or none)");
            }
        }
        return steps;
    }

    public static int mask(Set<CleanupStep> steps) {
        int mask = 0;
        for (CleanupStep step : steps) {
            mask |= 1 << step.ordinal();
        }
        return mask;
    }

    public static Set<CleanupStep> fromMask(int mask) {
        Set<CleanupStep> steps = EnumSet.noneOf(CleanupStep.class);
        for (CleanupStep step : values()) {
            if ((mask & (1 << step.ordinal())) != 0) {
                steps.add(step);
            }
        }
        return steps;
    }
}
