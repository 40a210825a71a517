package io.tcckafka.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own rules: which role may call which of its endpoints. Health is open and the rest of the actuator
 * is the operator's in every service; whatever no rule names is denied.
 */
public interface EndpointRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

    /**
     * Whether people use this service in a browser (the orchestrator's dashboard): then a login page, a session
     * cookie and CSRF tokens for what that session sends.
     */
    default boolean browserLogin() {
        return false;
    }
}
