package vn.donthu.api.upload;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** Uploads over the size limits answer 413, broken multipart bodies 400, as RFC 9457 problem details. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's generic problem details, so the answer says what to do
class UploadErrors {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "the upload is larger than allowed (DONTHU_UPLOAD_MAX_FILE_SIZE per file, DONTHU_UPLOAD_MAX_REQUEST_SIZE"
                        + " per upload): split it, or ingest large archives with ./donthu ingest");
        problem.setTitle("Upload too large");
        return problem;
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail broken(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "not a readable multipart/form-data upload: " + e.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }
}
