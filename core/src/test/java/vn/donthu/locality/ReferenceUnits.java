package vn.donthu.locality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The official lists under ../shared/reference/admin-units, read directly; tests skip without them. */
final class ReferenceUnits {

    private ReferenceUnits() {
    }

    static Path dir() {
        String configured = System.getProperty("donthu.reference.dir");
        if (configured != null) {
            return Path.of(configured).resolve("admin-units");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference/admin-units");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "the reference lists (../shared/reference/admin-units) are not on this machine");
        return null;
    }

    static Path pre2025() {
        return file("units-pre2025.json");
    }

    static Path post2025() {
        return file("units-post2025.json");
    }

    static Path merger() {
        return file("province-merger-2025.csv");
    }

    static JsonNode read(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static Path file(String name) {
        Path file = dir().resolve(name);
        assumeTrue(Files.isRegularFile(file), "reference file " + file + " is missing");
        return file;
    }
}
