package vn.donthu.api.letter;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.donthu.api.access.PersonalDataPolicy;
import vn.donthu.api.access.Reader;
import vn.donthu.api.audit.AuditEvent;
import vn.donthu.api.audit.AuditTrail;
import vn.donthu.letter.Letter;

/** The image of one page of a letter's original file, under the rules of the file itself ({@link OriginalFiles}). */
@RestController
@RequestMapping("/api/letters")
@Validated
class LetterPageController {

    private final Letters letters;
    private final AuditTrail audit;

    LetterPageController(Letters letters, AuditTrail audit) {
        this.letters = letters;
        this.audit = audit;
    }

    @Operation(summary = "The image of page n (from 1)",
            description = "PDF pages rendered as PNG at 150 dpi, TIFF pages as PNG, single PNG/JPEG images as they are; at most "
                    + PageImages.MAX_SIDE + " pixels a side. 404 for letters whose files hold text, not pages, and for pages out of range; "
                    + "403 where the original file is withheld.")
    @GetMapping("/{id}/pages/{n}")
    ResponseEntity<byte[]> page(@PathVariable String id, @PathVariable @Min(1) int n, Reader reader) {
        Letter letter = letters.get(id);
        PageImages.PageImage image = PageImages.render(OriginalFiles.of(letter, reader), letter.mediaType(), n);
        boolean disclosed = PersonalDataPolicy.disclosesIdentity(reader, letter.details());
        audit.record(AuditEvent.of("page_viewed").filters(List.of("page=" + n)).letters(List.of(id))
                .disclosed(disclosed ? List.of(id) : List.of()));
        return ResponseEntity.ok().contentType(image.type()).body(image.bytes());
    }
}
