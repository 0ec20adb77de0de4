package vn.donthu.ingest.source;

import java.io.IOException;
import java.io.InputStream;

/** One file to ingest: on disk, an entry of a zip archive, or a file attached to an e-mail. */
public sealed interface InputFile permits FileOnDisk, ArchiveEntry, MessageAttachment {

    /** Where it was found, as the report and the letter record it: "/a/b.pdf" or "/a/x.zip!/c/d.pdf". */
    String path();

    /** The last part of its name, a hint for formats that look alike. */
    String fileName();

    InputStream open() throws IOException;

    /**
     * All its bytes, refusing more than {@code maxBytes}: counted while reading, since the size an
     * archive declares for an entry may lie (a decompression bomb).
     */
    default byte[] read(long maxBytes) throws IOException, TooLargeException {
        try (InputStream in = open()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new TooLargeException("file too large: more than the " + maxBytes + " bytes allowed");
            }
            return bytes;
        }
    }

    /** A file bigger than a letter can be. */
    final class TooLargeException extends Exception {
        public TooLargeException(String message) {
            super(message);
        }
    }
}
