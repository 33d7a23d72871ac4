package org.restock.adapters.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;

/**
 * The embedded broker knows one user, which may do everything: the server's in-VM connection and the
 * local publishers share it. A shared broker with several teams belongs on an external broker with
 * its own user store.
 */
final class SingleUserSecurityManager implements ActiveMQSecurityManager {

    private final byte[] user;
    private final byte[] password;

    SingleUserSecurityManager(String user, String password) {
        this.user = user.getBytes(StandardCharsets.UTF_8);
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean validateUser(String candidateUser, String candidatePassword) {
        if (candidateUser == null || candidatePassword == null) {
            return false;
        }
        // both compared in full, in constant time, so a wrong user and a wrong password look alike
        boolean userMatches = MessageDigest.isEqual(user, candidateUser.getBytes(StandardCharsets.UTF_8));
        boolean passwordMatches = MessageDigest.isEqual(password, candidatePassword.getBytes(StandardCharsets.UTF_8));
        return userMatches & passwordMatches;
    }

    @Override
    public boolean validateUserAndRole(String candidateUser, String candidatePassword, Set<Role> roles,
                                       CheckType checkType) {
        return validateUser(candidateUser, candidatePassword);
    }
}
