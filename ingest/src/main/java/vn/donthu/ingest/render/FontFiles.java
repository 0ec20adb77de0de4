package vn.donthu.ingest.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.donthu.ingest.render.TypesetLetter.Face;

/** TrueType serif faces with Vietnamese glyphs, taken from files so that no font fallback alters the output. */
public record FontFiles(Path regular, Path bold, Path italic) {

    private static final List<FontFiles> CANDIDATES = List.of(
            of("/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
                    "/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf",
                    "/usr/share/fonts/truetype/noto/NotoSerif-Italic.ttf"),
            of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"));

    public static FontFiles find() {
        return CANDIDATES.stream()
                .filter(f -> Files.isReadable(f.regular) && Files.isReadable(f.bold) && Files.isReadable(f.italic))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No serif font with Vietnamese glyphs found; tried " + CANDIDATES));
    }

    Path file(Face face) {
        return switch (face) {
            case REGULAR -> regular;
            case BOLD -> bold;
            case ITALIC -> italic;
        };
    }

    private static FontFiles of(String regular, String bold, String italic) {
        return new FontFiles(Path.of(regular), Path.of(bold), Path.of(italic));
    }
}
