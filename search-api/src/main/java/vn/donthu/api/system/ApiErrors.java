package vn.donthu.api.system;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.validation.ConstraintViolationException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad requests answer 400 as RFC 9457 problem details that say what to change. Ordered before Spring
 * Boot's own problem-details handler, whose messages do not name the parameter.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalid(HandlerMethodValidationException e) {
        String detail = e.getParameterValidationResults().stream()
                .map(r -> r.getMethodParameter().getParameterName() + ": "
                        + r.getResolvableErrors().stream().map(err -> err.getDefaultMessage()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return badRequest(detail);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        return badRequest(e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return badRequest("the parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type == int.class || type == Integer.class ? "a whole number"
                : type == boolean.class || type == Boolean.class ? "true or false" : "a valid " + (type == null ? "value" : type.getSimpleName());
        return badRequest("the parameter '" + e.getName() + "' must be " + expected + ", not '" + e.getValue() + "'");
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail unbound(BindException e) {
        return badRequest(e.getFieldErrors().stream()
                .map(f -> "the parameter '" + snakeCase(f.getField()) + "' cannot be '" + f.getRejectedValue() + "'"
                        + (f.getField().equals("kind") ? " (KHIEU_NAI, TO_CAO, KIEN_NGHI, PHAN_ANH)"
                        : f.getField().equals("recipientLevel") ? " (XA, HUYEN, TINH, TRUNG_UONG)"
                        : f.getField().equals("status") ? " (OPEN, OVERDUE)" : ""))
                .collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegal(IllegalArgumentException e) {
        return badRequest(e.getMessage());
    }

    /** Elasticsearch refused the query (too complex for its limits): the reader can change it. */
    @ExceptionHandler(ElasticsearchException.class)
    ProblemDetail refused(ElasticsearchException e) {
        if (e.status() == 400) {
            return badRequest("the search engine refused this search (" + e.error().reason() + "); simplify it");
        }
        return unavailable(e.getMessage());
    }

    @ExceptionHandler(UncheckedIOException.class)
    ProblemDetail unreachable(UncheckedIOException e) {
        return unavailable(e.getMessage());
    }

    private static ProblemDetail unavailable(String cause) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the search engine did not answer; try again in a moment (" + cause + ")");
        problem.setTitle("Search engine unavailable");
        return problem;
    }

    private static String snakeCase(String field) {
        return field.replaceAll("([a-z])([A-Z0-9])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static ProblemDetail badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        return problem;
    }
}
