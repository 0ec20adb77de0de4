package vn.donthu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample letters shipped in {@code samples/}: the files, and the text each was rendered from. */
public final class SampleLetters {

    private SampleLetters() {
    }

    /** {@code samples/letters}, found from any module's working directory. */
    public static Path folder() {
        return samplesRoot().resolve("letters");
    }

    public static Path file(String name) {
        Path file = folder().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no sample letter " + file);
        }
        return file;
    }

    /** The exact text a sample was rendered from, by the sample's base name. */
    public static String groundTruth(String baseName) {
        try {
            return Files.readString(samplesRoot().resolve("ground-truth").resolve(baseName + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path samplesRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples").resolve("letters"))) {
                return dir.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/letters not found above " + Path.of("").toAbsolutePath());
    }
}
