package vn.donthu.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.donthu.ingest.extract.LetterExtractor;
import vn.donthu.ingest.extract.MessageParts;
import vn.donthu.ingest.extract.UnreadableFileException;

/**
 * A file attached to an e-mail, read from the message when needed (nothing is unpacked to disk).
 *
 * @param index which attachment, in the message's order
 * @param name  its unique name within the message, as the path shows it
 */
public record MessageAttachment(Path message, int index, String name) implements InputFile {

    @Override
    public String path() {
        return message + ArchiveEntry.SEPARATOR + name;
    }

    @Override
    public String fileName() {
        return name;
    }

    @Override
    public InputStream open() throws IOException {
        try {
            var attachments = MessageParts.parse(Files.readAllBytes(message), LetterExtractor.MAX_TEXT_CHARS).attachments();
            if (index >= attachments.size()) {
                throw new IOException("the message no longer holds attachment " + name);
            }
            return new ByteArrayInputStream(attachments.get(index).content());
        } catch (UnreadableFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
