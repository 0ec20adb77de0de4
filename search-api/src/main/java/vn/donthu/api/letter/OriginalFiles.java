package vn.donthu.api.letter;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.donthu.api.access.PersonalDataPolicy;
import vn.donthu.api.access.Reader;
import vn.donthu.letter.Letter;

/**
 * Where a letter's original file is, for the readers who may have it. A scan shows names, addresses
 * and signatures that no masking of the text can remove, so the file and every image of its pages go
 * only to readers who may see the letter's full text.
 */
final class OriginalFiles {

    private OriginalFiles() {
    }

    /** The file, or 403 for a reader who may not see it, 501 inside an archive, 410 when it is gone. */
    static Path of(Letter letter, Reader reader) {
        if (!PersonalDataPolicy.seesFullText(reader, letter.details())) {
            throw new LetterWithheldException("the original file shows the sender's identity; it needs the IDENTITY_READER authority");
        }
        if (letter.sourcePath().contains("!/")) {
            throw new ResponseStatusException(HttpStatus.NOT_IMPLEMENTED,
                    "the letter was read from inside an archive (" + letter.sourcePath() + "); the archive entry is not served yet");
        }
        Path path = Path.of(letter.sourcePath());
        if (!Files.isRegularFile(path)) {
            throw new ResponseStatusException(HttpStatus.GONE, "the original file is no longer at " + letter.sourcePath());
        }
        return path;
    }
}
