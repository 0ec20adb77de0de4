package vn.donthu.ingest.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import vn.donthu.index.Json;

/**
 * How far an import has got: every record up to {@code offset} (the end of line {@code line}) is
 * indexed or reported. Written only after Elasticsearch acknowledged the bulk holding those records,
 * and replaced atomically, so after kill -9 or a power cut it never claims more than is indexed.
 */
record ImportCheckpoint(String file, long fileSize, long offset, long line, long imported, long failed,
                        boolean completed, Instant updatedAt) {

    static ImportCheckpoint start(Path export) throws IOException {
        return new ImportCheckpoint(export.toString(), Files.size(export), 0, 0, 0, 0, false, Instant.now());
    }

    /** The checkpoint saved for this export, if it still describes the same file. */
    static ImportCheckpoint readOrStart(Path checkpoint, Path export) throws IOException {
        if (!Files.exists(checkpoint)) {
            return start(export);
        }
        ImportCheckpoint saved = Json.mapper().readValue(checkpoint.toFile(), ImportCheckpoint.class);
        // An export that shrank is a different file; importing it from the start is safe, since ids are stable.
        return Files.size(export) < saved.offset() ? start(export) : saved;
    }

    ImportCheckpoint advance(long newOffset, long newLine, long moreImported, long moreFailed) {
        return new ImportCheckpoint(file, fileSize, newOffset, newLine, imported + moreImported, failed + moreFailed,
                false, Instant.now());
    }

    ImportCheckpoint complete() {
        return new ImportCheckpoint(file, fileSize, offset, line, imported, failed, true, Instant.now());
    }

    void save(Path checkpoint) throws IOException {
        Files.createDirectories(checkpoint.toAbsolutePath().getParent());
        Path temporary = checkpoint.resolveSibling(checkpoint.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(Json.mapper().writeValueAsBytes(this)));
            out.force(true);
        }
        Files.move(temporary, checkpoint, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
