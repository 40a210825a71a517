package io.tcckafka.orchestrator.reconciliation;

import static io.tcckafka.security.Roles.OPERATOR;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import io.tcckafka.security.EndpointRules;

/** Reconciliations are the operators' (docs/security.md). */
@Component
class ReconciliationAccess implements EndpointRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/reconciliations").hasRole(OPERATOR)
                .requestMatchers(HttpMethod.GET, "/api/reconciliations/latest").hasRole(OPERATOR);
    }
}
