package io.tcckafka.orchestrator.api;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.tcckafka.kafka.Abbreviation;
import io.tcckafka.kafka.InvalidMessageException;
import io.tcckafka.orchestrator.transfer.ConflictingRequestException;
import io.tcckafka.orchestrator.transfer.NotSettlingException;
import io.tcckafka.orchestrator.transfer.RetryTooSoonException;

/**
 * Bad input, and requests the state of a transfer does not allow, get a clear answer as RFC 9457 problem details,
 * Spring MVC's own errors (415, 405, …) included.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ConflictingRequestException.class)
    ProblemDetail conflict(ConflictingRequestException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(NotSettlingException.class)
    ProblemDetail notSettling(NotSettlingException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(RetryTooSoonException.class)
    ResponseEntity<ProblemDetail> tooSoon(RetryTooSoonException e) {
        long seconds = Math.max(1, Duration.between(Instant.now(), e.allowedFrom()).toSeconds() + 1);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(InvalidMessageException.class)
    ProblemDetail invalid(InvalidMessageException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "the body is not a transfer request: "
                + Abbreviation.of(e.getMostSpecificCause().getMessage(), 500));
        return handleExceptionInternal(e, problem, headers, status, request);
    }
}
