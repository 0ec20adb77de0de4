package vn.donthu.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

public record FileOnDisk(Path file) implements InputFile {

    @Override
    public String path() {
        return file.toString();
    }

    @Override
    public String fileName() {
        return file.getFileName().toString();
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }
}
