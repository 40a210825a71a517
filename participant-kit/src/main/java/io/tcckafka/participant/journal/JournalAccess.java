package io.tcckafka.participant.journal;

import static io.tcckafka.security.Roles.OPERATOR;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import io.tcckafka.security.EndpointRules;

/** The journal is the operators' to read (docs/security.md); nobody writes it over HTTP. */
class JournalAccess implements EndpointRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/accounts/*/statement", "/api/journal").hasRole(OPERATOR);
    }
}
