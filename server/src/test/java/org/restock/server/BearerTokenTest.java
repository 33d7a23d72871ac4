package org.restock.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restock.server.admin.DeadLetterAdmin;
import org.restock.server.admin.StandInRecords;

/** Tokens of an external identity provider are accepted beside HTTP Basic, and refused with the reason. */
class BearerTokenTest {

    private static final String ISSUER = "https://login.shop.example";

    @TempDir
    static Path directory;

    private static KeyPair provider;
    private static KeyPair stranger;
    private static TestServer restock;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        provider = rsa.generateKeyPair();
        stranger = rsa.generateKeyPair();
        Path pem = directory.resolve("provider.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(provider.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        restock = new TestServer(Map.of(
                "restock.security.bearer.public-key", pem.toString(),
                "restock.security.bearer.issuer", ISSUER,
                "restock.security.bearer.audience", "restock",
                "restock.security.bearer.roles-claim", "roles"), DeadLetterAdmin.none(), StandInRecords.none());
    }

    @AfterAll
    static void stop() {
        restock.close();
    }

    private static String token(PrivateKey key, String claims) throws Exception {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String signed = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + base64.encodeToString(rs256.sign());
    }

    private static String claims(String user, String roles, long expiresInSeconds, String issuer) {
        return "{\"iss\":\"" + issuer + "\",\"aud\":[\"restock\",\"other\"],\"sub\":\"u-1\",\"preferred_username\":\""
                + user + "\",\"roles\":" + roles + ",\"exp\":" + (Instant.now().getEpochSecond() + expiresInSeconds) + "}";
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(restock.base.resolve(path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aValidTokenWithThePlannerRoleReadsSuggestions() throws Exception {
        HttpResponse<String> response = get("/api/v1/suggestions", token(provider.getPrivate(),
                claims("dana", "[\"planner\"]", 300, ISSUER)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        HttpResponse<String> me = get("/api/v1/me", token(provider.getPrivate(), claims("dana", "[\"planner\"]", 300, ISSUER)));
        assertThat(me.body()).contains("dana");
    }

    @Test
    void theTokensRolesDecideAdminRoutes() throws Exception {
        assertThat(get("/api/v1/admin/dead-letters", token(provider.getPrivate(),
                claims("dana", "[\"planner\"]", 300, ISSUER))).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/admin/dead-letters", token(provider.getPrivate(),
                claims("ops", "[\"planner\",\"admin\"]", 300, ISSUER))).statusCode()).isEqualTo(200);
    }

    @Test
    void refusedTokensSayWhy() throws Exception {
        HttpResponse<String> expired = get("/api/v1/suggestions", token(provider.getPrivate(),
                claims("dana", "[\"planner\"]", -3600, ISSUER)));
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(expired.body()).contains("expired");

        HttpResponse<String> forged = get("/api/v1/suggestions", token(stranger.getPrivate(),
                claims("dana", "[\"planner\"]", 300, ISSUER)));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("signature");

        HttpResponse<String> otherIssuer = get("/api/v1/suggestions", token(provider.getPrivate(),
                claims("dana", "[\"planner\"]", 300, "https://elsewhere.example")));
        assertThat(otherIssuer.statusCode()).isEqualTo(401);
        assertThat(otherIssuer.body()).contains("issuer");

        assertThat(get("/api/v1/suggestions", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void httpBasicStillWorksBesideTokens() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(restock.base.resolve("/api/v1/suggestions"))
                .header("Authorization", TestServer.basic("planner", "planner")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(restock.base.resolve("/api/v1/suggestions")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).anyMatch(value -> value.startsWith("Bearer"))
                .anyMatch(value -> value.startsWith("Basic"));
    }
}
