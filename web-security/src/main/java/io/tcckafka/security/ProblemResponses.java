package io.tcckafka.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 as RFC 9457 problem details, like every other error of the APIs. A 401 names the ways to
 * authenticate ({@code WWW-Authenticate}), except to the dashboard's own requests ({@code X-Requested-With}), so that
 * a browser never pops up a password dialog whose answer it would then send on its own (a CSRF risk).
 */
final class ProblemResponses {

    private static final String FROM_SCRIPT = "X-Requested-With";

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(boolean basic, boolean bearer) {
        return (request, response, exception) -> {
            if (request.getHeader(FROM_SCRIPT) == null) {
                List<String> challenges = new ArrayList<>();
                if (bearer) {
                    challenges.add("Bearer");
                }
                if (basic) {
                    challenges.add("Basic realm=\"tcc-kafka\"");
                }
                challenges.forEach(challenge -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, challenge));
            }
            write(response, HttpStatus.UNAUTHORIZED, "authentication required: send credentials of a user whose "
                    + "role may call this (docs/security.md)");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
                "your role may not call this (docs/security.md lists who may call what)");
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
