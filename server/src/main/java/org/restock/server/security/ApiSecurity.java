package org.restock.server.security;

import io.helidon.http.Header;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Security;
import io.helidon.security.SecurityContext;
import io.helidon.security.SecurityEnvironment;
import io.helidon.security.SecurityResponse;
import io.helidon.security.providers.httpauth.HttpBasicAuthProvider;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Authentication and roles for every route but health (ADR 0060). Helidon Security authenticates
 * (HTTP Basic against {@link ConfiguredUsers}); this filter decides which role a path needs and
 * answers 401/403 as problem+json through {@code refuse}, which the default Helidon security
 * handler would answer with an empty body.
 */
public final class ApiSecurity implements Filter {

    private static final String BASIC = "http-basic-auth";

    private final Security security;
    private final boolean bearer;
    private final String realm;
    private final RefusalWriter writer;
    /** Writes a refusal: status 401 or 403, and its detail. */
    public interface RefusalWriter {
        void refuse(RoutingRequest req, RoutingResponse res, int status, String detail);
    }

    public ApiSecurity(ConfiguredUsers users, String realm, RefusalWriter writer) {
        this(users, realm, Optional.empty(), java.time.Clock.systemUTC(), writer);
    }

    /** With bearer tokens of an external identity provider accepted beside HTTP Basic. */
    public ApiSecurity(ConfiguredUsers users, String realm, Optional<BearerTokens> bearerTokens, java.time.Clock clock,
                       RefusalWriter writer) {
        Security.Builder builder = Security.builder()
                .addAuthenticationProvider(HttpBasicAuthProvider.builder().realm(realm).userStore(users).build(),
                        BASIC);
        bearerTokens.ifPresent(tokens ->
                builder.addAuthenticationProvider(new BearerTokenProvider(tokens, clock), BearerTokenProvider.NAME));
        this.security = builder.build();
        this.bearer = bearerTokens.isPresent();
        this.realm = realm;
        this.writer = writer;
    }

    /** The role a path needs; empty for the open ones (health). */
    public static Optional<String> requiredRole(String path) {
        if (path.equals("/observe/health") || path.startsWith("/observe/health/")) {
            return Optional.empty();
        }
        if (path.startsWith("/api/v1/admin") || path.startsWith("/observe")) {
            return Optional.of(Caller.ADMIN);
        }
        return Optional.of(Caller.PLANNER);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String path = req.path().path();
        Optional<String> role = requiredRole(path);
        if (role.isEmpty()) {
            chain.proceed();
            return;
        }
        Map<String, List<String>> headers = headers(req);
        SecurityContext context = security.contextBuilder(UUID.randomUUID().toString())
                .env(SecurityEnvironment.builder()
                        .method(req.prologue().method().text())
                        .path(path)
                        .headers(headers)
                        .build())
                .build();
        boolean withToken = bearer && BearerTokenProvider.carriesABearerToken(BearerTokenProvider.authorization(headers));
        AuthenticationResponse authentication = context.atnClientBuilder()
                .explicitProvider(withToken ? BearerTokenProvider.NAME : BASIC).submit();
        if (authentication.status() != SecurityResponse.SecurityStatus.SUCCESS || context.user().isEmpty()) {
            String basicChallenge = "Basic realm=\"" + realm + "\", charset=\"UTF-8\"";
            if (bearer) {
                res.header("WWW-Authenticate", basicChallenge, "Bearer realm=\"" + realm + "\"");
            } else {
                res.header("WWW-Authenticate", basicChallenge);
            }
            writer.refuse(req, res, 401, withToken
                    ? authentication.description().orElse("bearer token refused")
                    : "authentication required: HTTP Basic with a configured user" + (bearer ? ", or a bearer token" : ""));
            return;
        }
        Set<String> roles = Security.getRoles(context.user().get());
        Caller caller = new Caller(context.userName(), roles);
        if (!caller.hasRole(role.get())) {
            writer.refuse(req, res, 403, "user " + caller.user() + " lacks the role " + role.get() + " for " + path);
            return;
        }
        req.context().register(caller);
        chain.proceed();
    }

    private static Map<String, List<String>> headers(RoutingRequest req) {
        Map<String, List<String>> headers = new HashMap<>();
        for (Header header : req.headers()) {
            headers.computeIfAbsent(header.name(), k -> new ArrayList<>()).addAll(header.allValues());
        }
        return headers;
    }
}
