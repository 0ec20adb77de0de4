package vn.donthu.locality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import vn.donthu.testing.SharedReference;

/** The official lists under ../shared/reference/admin-units, read directly. */
final class ReferenceUnits {

    private ReferenceUnits() {
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
        return SharedReference.file("admin-units/" + name);
    }
}
