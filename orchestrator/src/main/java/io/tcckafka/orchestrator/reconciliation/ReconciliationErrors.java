package io.tcckafka.orchestrator.reconciliation;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.tcckafka.kafka.Abbreviation;

/** A window that cannot be judged, or a body that is no window: 400 with a problem detail. */
@RestControllerAdvice(assignableTypes = ReconciliationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReconciliationErrors {

    @ExceptionHandler(InvalidWindowException.class)
    ProblemDetail invalid(InvalidWindowException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the body is not a window "
                + "{\"from\": ISO instant, \"to\": ISO instant}: "
                + Abbreviation.of(e.getMostSpecificCause().getMessage(), 300));
    }
}
