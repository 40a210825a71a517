package io.tcckafka.orchestrator;

import static io.tcckafka.orchestrator.PlayedBanks.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.tcckafka.events.EventJson;

/**
 * Bearer JWTs through Spring Boot's standard resource-server properties ({@code public-key-location}), signed with
 * a key this test makes, as an identity provider would: a roles claim or {@code tcc.*} scopes give the roles.
 */
class JwtIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static KeyPair issuer;
    private static PlayedBanks banks;

    @BeforeAll
    static void start() throws Exception {
        issuer = rsaKeys();
        Path publicKey = Files.createTempFile("issuer-", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(issuer.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        banks = new PlayedBanks("jwt_it", List.of(),
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey);
    }

    @AfterAll
    static void stop() {
        banks.close();
    }

    @Test
    void aRolesClaimOrTccScopesGiveTheRoles() throws Exception {
        String client = token(issuer, "payments-frontend", "roles", List.of("client"), 300);
        String operator = token(issuer, "ops-1", "scope", "openid tcc.operator", 300);
        String admin = token(issuer, "root-1", "roles", List.of("admin"), 300);
        String nobody = token(issuer, "someone", "roles", List.of("auditor"), 300);
        String body = EventJson.write(transfer("jwt-1", "1.00"));

        assertThat(call("POST", "/api/transfers", body, client).statusCode()).isEqualTo(202);
        assertThat(call("GET", "/api/transfers/jwt-1", null, client).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/stuck-transfers", null, client).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/stuck-transfers", null, operator).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/transfers", body, operator).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/stuck-transfers", null, admin).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/transfers/jwt-1", null, nobody).statusCode()).isEqualTo(403);
    }

    @Test
    void aTokenFromAnotherIssuerOrExpiredIsUnauthorized() throws Exception {
        String forged = token(rsaKeys(), "mallory", "roles", List.of("client", "operator", "admin"), 300);
        String expired = token(issuer, "payments-frontend", "roles", List.of("client"), -120);

        HttpResponse<String> refused = call("GET", "/api/transfers/jwt-1", null, forged);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().allValues("WWW-Authenticate")).anySatisfy(v -> assertThat(v).startsWith("Bearer"));
        assertThat(call("GET", "/api/transfers/jwt-1", null, expired).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/transfers/jwt-1", null, "not-a-jwt").statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> call(String method, String path, String json, String bearer)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(banks.uri(path)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(KeyPair keys, String subject, String claim, Object value, int validSeconds)
            throws JOSEException {
        var claims = new JWTClaimsSet.Builder().subject(subject).issuer("https://idp.example")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(validSeconds)))
                .claim(claim, value).build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
