package io.tcckafka.orchestrator.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.tcckafka.kafka.InvalidMessageException;
import io.tcckafka.orchestrator.transfer.ConflictingRequestException;
import io.tcckafka.orchestrator.transfer.NotSettlingException;

/** Bad input, and requests the state of a transfer does not allow, get a clear answer as RFC 9457 problem details. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(ConflictingRequestException.class)
    ProblemDetail conflict(ConflictingRequestException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(NotSettlingException.class)
    ProblemDetail notSettling(NotSettlingException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(InvalidMessageException.class)
    ProblemDetail invalid(InvalidMessageException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the body is not a transfer request: " + e.getMostSpecificCause().getMessage());
    }
}
