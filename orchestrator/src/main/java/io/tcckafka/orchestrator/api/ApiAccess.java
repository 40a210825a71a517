package io.tcckafka.orchestrator.api;

import static io.tcckafka.security.Roles.CLIENT;
import static io.tcckafka.security.Roles.OPERATOR;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import io.tcckafka.security.EndpointRules;

/** Who may call what on the orchestrator (docs/security.md). */
@Component
class ApiAccess implements EndpointRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/transfers").hasRole(CLIENT)
                .requestMatchers(HttpMethod.GET, "/api/transfers/*").hasAnyRole(CLIENT, OPERATOR)
                .requestMatchers(HttpMethod.POST, "/api/transfers/*/retry").hasRole(OPERATOR)
                .requestMatchers(HttpMethod.GET, "/api/stuck-transfers", "/api/dashboard/**").hasRole(OPERATOR)
                .requestMatchers(HttpMethod.GET, "/", "/index.html", "/dashboard/**", "/webjars/**", "/favicon.ico")
                .hasRole(OPERATOR);
    }

    /** The dashboard: operators log in with a browser. */
    @Override
    public boolean browserLogin() {
        return true;
    }
}
