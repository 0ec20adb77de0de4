package vn.donthu.api.letter;

import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.donthu.api.access.PersonalDataPolicy;
import vn.donthu.api.access.Reader;
import vn.donthu.api.audit.AuditEvent;
import vn.donthu.api.audit.AuditTrail;
import vn.donthu.letter.Letter;

/** The original file of a letter, for readers who may see its full text ({@link OriginalFiles}). */
@RestController
@RequestMapping("/api/letters")
class LetterFileController {

    private final Letters letters;
    private final AuditTrail audit;

    LetterFileController(Letters letters, AuditTrail audit) {
        this.letters = letters;
        this.audit = audit;
    }

    @GetMapping("/{id}/file")
    ResponseEntity<FileSystemResource> file(@PathVariable String id, Reader reader) {
        Letter letter = letters.get(id);
        Path path = OriginalFiles.of(letter, reader);
        boolean disclosed = PersonalDataPolicy.disclosesIdentity(reader, letter.details());
        audit.record(AuditEvent.of("file_downloaded").letters(List.of(id)).disclosed(disclosed ? List.of(id) : List.of()));
        MediaType type = letter.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(letter.mediaType());
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", ContentDisposition.attachment().filename(letter.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(path));
    }
}
