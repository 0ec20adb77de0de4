package vn.donthu.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the shared reference data ({@code ../shared/reference} beside the project), which tests
 * may read but the repository never copies. A missing file fails the test that needs it: CI always
 * has the folder, so a test that skipped itself there would pass while checking nothing.
 */
public final class SharedReference {

    private SharedReference() {
    }

    /** A file below the reference folder, e.g. {@code admin-units/units-pre2025.json}. */
    public static Path file(String relative) {
        Path file = folder().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the reference file " + file + " is missing");
        }
        return file;
    }

    private static Path folder() {
        String configured = System.getProperty("donthu.reference.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        // Tests run in a module's folder; the shared folder sits beside the project root.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the reference data (../shared/reference beside the project) is not on this"
                + " machine; give its folder with -Ddonthu.reference.dir=...");
    }
}
