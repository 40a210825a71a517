package io.tcckafka.bank.account;

import static io.tcckafka.security.Roles.ADMIN;
import static io.tcckafka.security.Roles.OPERATOR;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import io.tcckafka.security.EndpointRules;

/** Who may call what on a bank (docs/security.md): money moves only through branch commands, never over HTTP. */
@Component
class AccountAccess implements EndpointRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/accounts").hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/accounts", "/api/accounts/*").hasRole(OPERATOR);
    }
}
