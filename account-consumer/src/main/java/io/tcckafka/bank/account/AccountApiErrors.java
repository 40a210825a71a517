package io.tcckafka.bank.account;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.tcckafka.kafka.Abbreviation;

/**
 * The account API's errors as RFC 9457 problem details with a readable {@code detail}: its own
 * {@code ResponseStatusException}s and Spring MVC's (415, 405, …).
 */
@RestControllerAdvice(assignableTypes = AccountController.class)
class AccountApiErrors extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                "the body must be JSON like {\"account\":\"2\",\"balance\":\"100.00\"}: "
                        + Abbreviation.of(e.getMostSpecificCause().getMessage(), 500));
        return handleExceptionInternal(e, problem, headers, status, request);
    }
}
