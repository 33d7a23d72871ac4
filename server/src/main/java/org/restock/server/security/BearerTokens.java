package org.restock.server.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Bearer tokens issued by an external identity provider: JWTs signed with RS256 by the provider's
 * key (given as a PEM public key), for the configured issuer and audience, not expired, naming
 * the caller's roles in a claim. Verified with the JDK alone.
 */
public final class BearerTokens {

    /** Clock skew allowed between the identity provider and this server. */
    static final Duration LEEWAY = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PublicKey key;
    private final String issuer;
    private final String audience;
    private final String rolesClaim;

    public BearerTokens(PublicKey key, String issuer, String audience, String rolesClaim) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
        this.rolesClaim = rolesClaim;
    }

    /** Reads an RSA public key from a PEM file ({@code -----BEGIN PUBLIC KEY-----}). */
    public static PublicKey publicKeyFrom(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("bearer token public key " + pem + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The caller a valid token names; a token that is not valid is refused with the reason. */
    public Caller verify(String token, Instant now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidToken("not a signed JWT (header.payload.signature)");
        }
        JsonNode header = decode(parts[0], "header");
        if (!"RS256".equals(header.path("alg").asText())) {
            throw new InvalidToken("algorithm " + header.path("alg").asText("none") + " is not accepted (RS256 only)");
        }
        if (!signatureHolds(parts)) {
            throw new InvalidToken("the signature does not match the identity provider's key");
        }
        JsonNode claims = decode(parts[1], "payload");
        if (!issuer.equals(claims.path("iss").asText())) {
            throw new InvalidToken("issuer " + claims.path("iss").asText("(none)") + " is not " + issuer);
        }
        if (!audienceHolds(claims.path("aud"))) {
            throw new InvalidToken("the token is not meant for audience " + audience);
        }
        if (!claims.path("exp").canConvertToLong() || now.isAfter(Instant.ofEpochSecond(claims.path("exp").asLong()).plus(LEEWAY))) {
            throw new InvalidToken("the token has expired or has no expiry");
        }
        if (claims.has("nbf") && now.plus(LEEWAY).isBefore(Instant.ofEpochSecond(claims.path("nbf").asLong()))) {
            throw new InvalidToken("the token is not valid yet");
        }
        String user = claims.path("preferred_username").asText(claims.path("sub").asText(""));
        if (user.isBlank()) {
            throw new InvalidToken("the token names no subject");
        }
        Set<String> roles = new LinkedHashSet<>();
        claims.path(rolesClaim).forEach(role -> roles.add(role.asText()));
        return new Caller(user, roles);
    }

    private boolean signatureHolds(String[] parts) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean audienceHolds(JsonNode aud) {
        if (aud.isArray()) {
            for (JsonNode one : aud) {
                if (audience.equals(one.asText())) {
                    return true;
                }
            }
            return false;
        }
        return audience.equals(aud.asText());
    }

    private static JsonNode decode(String part, String what) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidToken("the " + what + " is not base64url JSON");
        }
    }

    /** A bearer token that does not hold, with the reason. */
    public static final class InvalidToken extends RuntimeException {
        InvalidToken(String reason) {
            super(reason);
        }
    }
}
