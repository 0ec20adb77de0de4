package vn.donthu.api.letter;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
import vn.donthu.api.search.query.TextFields;
import vn.donthu.letter.Letter;

/**
 * The extracted text of one letter, as stored, so that a reader can check what OCR made of a scan:
 * in full, or with personal data masked, as {@link PersonalDataPolicy} decides ({@code X-Text-Form}).
 */
@RestController
@RequestMapping("/api/letters")
class LetterTextController {

    private static final MediaType TEXT_UTF8 = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final Letters letters;
    private final AuditTrail audit;

    LetterTextController(Letters letters, AuditTrail audit) {
        this.letters = letters;
        this.audit = audit;
    }

    @GetMapping("/{id}/text")
    ResponseEntity<String> text(@PathVariable String id, Reader reader) {
        Letter letter = letters.get(id);
        boolean full = PersonalDataPolicy.textFor(reader, letter.details()) == TextFields.FULL;
        String text = full ? letter.text() : letter.redactedText();
        if (text == null) {
            throw new LetterWithheldException("this letter has not been screened for personal data yet, so only a reader "
                    + "with the IDENTITY_READER authority may read it");
        }
        boolean disclosed = PersonalDataPolicy.disclosesIdentity(reader, letter.details());
        audit.record(AuditEvent.of("text_read").letters(List.of(id)).disclosed(disclosed ? List.of(id) : List.of()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(TEXT_UTF8).header("X-Text-Form", full ? "full" : "redacted");
        if (full) {
            answer.header("X-Source-Path", letter.sourcePath());
        }
        return answer.body(text);
    }
}
