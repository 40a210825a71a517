package io.tcckafka.security;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;

/**
 * HTTP security of every service, imported by each with its {@link EndpointRules} (a bank has two: its own and the
 * participant kit's, for the journal): every endpoint needs a role but health; callers authenticate with HTTP Basic
 * against a users file ({@code tcc.security.users-file}) and/or with a bearer JWT (Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*}); a service with neither refuses to start. Errors are problem
 * details; bodies are limited ({@code tcc.security.max-body-size}). A browser session (the dashboard's login) must
 * send a CSRF token with anything that changes state; requests that carry their credentials in a header are not
 * sessions and need none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class WebSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebSecurityConfiguration.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, List<EndpointRules> rules,
            ObjectProvider<JwtDecoder> jwtDecoders, ObjectProvider<JwtAuthenticationConverter> bootsConverter)
            throws Exception {
        if (properties.insecure()) {
            log.warn("HTTP: tcc.security.insecure=true: EVERY endpoint is open to ANYONE who can reach this port, "
                    + "including opening funded accounts and moving money. Only for the sandbox's --insecure.");
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable()).build();
        }
        boolean basic = properties.usersFile() != null;
        boolean bearer = jwtDecoders.getIfAvailable() != null;
        if (!basic && !bearer) {
            throw new IllegalStateException("HTTP: no way to authenticate callers. Set tcc.security.users-file "
                    + "(HTTP Basic users) or spring.security.oauth2.resourceserver.jwt.* (bearer JWTs from your "
                    + "identity provider); see docs/security.md");
        }
        authorize(http, rules);
        AuthenticationEntryPoint unauthorized = ProblemResponses.unauthorized(basic, bearer);
        if (basic) {
            http.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(unauthorized));
        }
        if (bearer) {
            // Spring Boot's own mapping when its authorities-claim-name / authority-prefix are set; ours otherwise
            JwtAuthenticationConverter converter = bootsConverter.getIfAvailable(() -> jwtRoles(properties));
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(unauthorized)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(converter)));
        }
        boolean browser = rules.stream().anyMatch(EndpointRules::browserLogin) && basic;
        // as defaults, not as "the" entry point, which would turn Spring Security's login page off
        http.exceptionHandling(exceptions -> {
            if (browser) {
                exceptions.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        browserNavigation());
            }
            exceptions.defaultAuthenticationEntryPointFor(unauthorized, AnyRequestMatcher.INSTANCE)
                    .accessDeniedHandler(ProblemResponses.forbidden());
        });
        if (browser) {
            http.formLogin(login -> login.permitAll())
                    .csrf(csrf -> csrf.spa().requireCsrfProtectionMatcher(sessionChangingState()));
        } else {
            // no sessions, so no credential a browser would send on its own: nothing to forge
            http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable());
        }
        return http.build();
    }

    /** Health for anyone, the rest of the actuator for operators, the service's own rules, nothing else. */
    private static void authorize(HttpSecurity http, List<EndpointRules> rules) throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(EndpointRequest.to("health")).permitAll();
            requests.requestMatchers("/error").permitAll();
            requests.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Roles.OPERATOR);
            rules.forEach(service -> service.authorize(requests));
            requests.anyRequest().denyAll();
        });
    }

    private static JwtAuthenticationConverter jwtRoles(SecurityProperties properties) {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new JwtRoles(properties.rolesClaim()));
        return converter;
    }

    /** ADMIN may do what OPERATOR may. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Roles.HIERARCHY);
    }

    /** The users of {@code tcc.security.users-file}; none without it (bearer tokens only). */
    @Bean
    UserDetailsService users(SecurityProperties properties, DigestPasswordEncoder encoder) {
        var users = new InMemoryUserDetailsManager();
        if (properties.usersFile() != null) {
            Map<String, UsersFile.User> fromFile = UsersFile.read(properties.usersFile());
            fromFile.values().forEach(user -> users.createUser(User.withUsername(user.name())
                    .password(encoder.encode(user.password())).roles(user.role()).build()));
        }
        return users;
    }

    @Bean
    DigestPasswordEncoder passwordEncoder() {
        return new DigestPasswordEncoder();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(SecurityProperties properties) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties.maxBodySize().toBytes()));
        registration.setOrder(0); // after Spring Security's chain: who is not let in is answered 401 unread
        return registration;
    }

    // A state-changing request that comes with a session cookie and no Authorization header is a browser session's:
    // it needs the CSRF token. A header is never sent by a browser on its own, since no 401 here asks a browser for a
    // password; a request with neither is anonymous and is answered 401.
    private static RequestMatcher sessionChangingState() {
        return request -> !isSafe(request.getMethod()) && request.getHeader("Authorization") == null
                && request.getRequestedSessionId() != null;
    }

    private static boolean isSafe(String method) {
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method)
                || HttpMethod.TRACE.matches(method);
    }

    /** A browser that navigates to a page (and not a script asking for JSON) goes to the login page. */
    private static RequestMatcher browserNavigation() {
        var html = new MediaTypeRequestMatcher(new HeaderContentNegotiationStrategy(), MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        return html;
    }
}
