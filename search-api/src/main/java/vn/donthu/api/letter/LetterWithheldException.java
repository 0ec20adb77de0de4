package vn.donthu.api.letter;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A letter, or part of one, that this reader may not see: 403 with the reason. */
class LetterWithheldException extends ResponseStatusException {

    LetterWithheldException(String reason) {
        super(HttpStatus.FORBIDDEN, reason);
    }
}
