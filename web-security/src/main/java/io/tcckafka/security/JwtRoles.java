package io.tcckafka.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A bearer token's roles: each value of the roles claim that names a role, and each scope {@code tcc.<role>}
 * ({@code scope} or {@code scp}, a list or a space-separated string). Anything else grants nothing.
 */
final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private static final Set<String> ROLES = Set.of(Roles.CLIENT, Roles.OPERATOR, Roles.ADMIN);
    private static final String SCOPE_PREFIX = "tcc.";

    private final String rolesClaim;

    JwtRoles(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String role : values(jwt, rolesClaim)) {
            add(authorities, role);
        }
        for (String claim : List.of("scope", "scp")) {
            values(jwt, claim).stream().filter(scope -> scope.startsWith(SCOPE_PREFIX))
                    .forEach(scope -> add(authorities, scope.substring(SCOPE_PREFIX.length())));
        }
        return authorities;
    }

    private static void add(List<GrantedAuthority> authorities, String role) {
        if (ROLES.contains(role)) {
            authorities.add(new SimpleGrantedAuthority(Roles.authority(role)));
        }
    }

    private static List<String> values(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text) {
            return List.of(text.trim().split("\\s+"));
        }
        return List.of();
    }
}
