package vn.donthu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files named on the command line, folders walked recursively, in a stable order. */
final class InputFiles {

    private InputFiles() {
    }

    static List<Path> list(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(p -> files.add(p.toAbsolutePath().normalize()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read folder " + input + ": " + e.getMessage(), e);
                }
            } else {
                files.add(input.toAbsolutePath().normalize());
            }
        }
        return files;
    }
}
