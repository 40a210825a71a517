package io.tcckafka.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code tcc.security.*}: how a service authenticates HTTP callers. Bearer JWTs are configured with Spring Boot's own
 * {@code spring.security.oauth2.resourceserver.jwt.*}; with neither those nor a users file a service refuses to start.
 *
 * @param usersFile   HTTP Basic (and dashboard login) users, lines {@code <role>=<user>:<password>}: the sandbox's
 *                    {@code credentials/http-users.properties}
 * @param rolesClaim  the JWT claim that lists a caller's roles ({@code client}, {@code operator}, {@code admin}); the
 *                    scopes {@code tcc.client}, {@code tcc.operator}, {@code tcc.admin} count as well
 * @param maxBodySize the largest request body taken; a larger one is answered 413 before anything reads it
 * @param insecure    no authentication at all: only for the sandbox's {@code --insecure}, and said at every start
 */
@ConfigurationProperties("tcc.security")
public record SecurityProperties(Path usersFile, @DefaultValue("roles") String rolesClaim,
        @DefaultValue("64KB") DataSize maxBodySize, boolean insecure) {
}
