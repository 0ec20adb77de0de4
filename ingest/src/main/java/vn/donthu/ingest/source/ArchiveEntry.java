package vn.donthu.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** A file inside a zip archive, read straight from the archive (nothing is unpacked to disk). */
public record ArchiveEntry(Path archive, String entry) implements InputFile {

    /** Separates the archive from the entry in a path, as Java's zip file system and jar URLs do. */
    public static final String SEPARATOR = "!/";

    @Override
    public String path() {
        return archive + SEPARATOR + entry;
    }

    @Override
    public String fileName() {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }

    @Override
    public InputStream open() throws IOException {
        ZipFile zip = new ZipFile(archive.toFile());
        ZipEntry found = zip.getEntry(entry);
        if (found == null) {
            zip.close();
            throw new IOException("the archive no longer holds " + entry);
        }
        InputStream in = zip.getInputStream(found);
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }
}
