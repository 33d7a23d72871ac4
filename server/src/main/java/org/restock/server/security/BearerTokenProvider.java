package org.restock.server.security;

import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Grant;
import io.helidon.security.Principal;
import io.helidon.security.ProviderRequest;
import io.helidon.security.Role;
import io.helidon.security.Subject;
import io.helidon.security.spi.AuthenticationProvider;
import java.time.Clock;
import java.util.List;

/** Helidon Security provider for {@code Authorization: Bearer …} with tokens {@link BearerTokens} verifies. */
final class BearerTokenProvider implements AuthenticationProvider {

    static final String NAME = "bearer-token";
    private static final String PREFIX = "bearer ";

    private final BearerTokens tokens;
    private final Clock clock;

    BearerTokenProvider(BearerTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    static boolean carriesABearerToken(List<String> authorization) {
        return authorization.stream().anyMatch(value -> value.regionMatches(true, 0, PREFIX, 0, PREFIX.length()));
    }

    static List<String> authorization(java.util.Map<String, List<String>> headers) {
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase("Authorization"))
                .flatMap(entry -> entry.getValue().stream()).toList();
    }

    @Override
    public AuthenticationResponse authenticate(ProviderRequest request) {
        List<String> authorization = authorization(request.env().headers());
        String header = authorization.stream().filter(value -> value.regionMatches(true, 0, PREFIX, 0, PREFIX.length()))
                .findFirst().orElse(null);
        if (header == null) {
            return AuthenticationResponse.abstain();
        }
        try {
            Caller caller = tokens.verify(header.substring(PREFIX.length()).strip(), clock.instant());
            Subject.Builder subject = Subject.builder().principal(Principal.create(caller.user()));
            caller.roles().forEach(role -> subject.addGrant((Grant) Role.create(role)));
            return AuthenticationResponse.success(subject.build());
        } catch (BearerTokens.InvalidToken invalid) {
            return AuthenticationResponse.failed("bearer token refused: " + invalid.getMessage());
        }
    }
}
