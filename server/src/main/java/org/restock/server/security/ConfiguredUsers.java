package org.restock.server.security;

import io.helidon.security.providers.httpauth.SecureUserStore;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.restock.server.config.RestockSettings.UserSettings;

/**
 * The users from configuration, checked against their PBKDF2 hashes. HTTP Basic sends the password
 * with every request and PBKDF2 is slow on purpose, so a successful check is remembered as a
 * SHA-256 of the password (in memory only) and the next request with the same password is cheap.
 */
public final class ConfiguredUsers implements SecureUserStore {

    private final Map<String, ConfiguredUser> users;

    public ConfiguredUsers(List<UserSettings> settings) {
        this.users = settings.stream()
                .map(s -> new ConfiguredUser(s.login(), PasswordHash.parse(s.passwordHash()), List.copyOf(s.roles())))
                .collect(Collectors.toUnmodifiableMap(ConfiguredUser::login, Function.identity(), (a, b) -> b));
    }

    @Override
    public Optional<User> user(String login) {
        return Optional.ofNullable(users.get(login));
    }

    public Collection<String> logins() {
        return users.keySet();
    }

    private static final class ConfiguredUser implements User {
        private final String login;
        private final PasswordHash hash;
        private final List<String> roles;
        private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

        ConfiguredUser(String login, PasswordHash hash, List<String> roles) {
            this.login = login;
            this.hash = hash;
            this.roles = roles;
        }

        @Override
        public String login() {
            return login;
        }

        @Override
        public boolean isPasswordValid(char[] password) {
            String quick = sha256(password);
            if (verified.containsKey(quick)) {
                return true;
            }
            boolean valid = hash.matches(password);
            if (valid) {
                verified.clear();
                verified.put(quick, Boolean.TRUE);
            }
            return valid;
        }

        @Override
        public Collection<String> roles() {
            return roles;
        }

        private static String sha256(char[] password) {
            try {
                ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(bytes);
                return java.util.HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
