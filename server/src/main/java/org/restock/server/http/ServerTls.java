package org.restock.server.http;

import io.helidon.common.tls.Tls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The server's TLS identity, read from a PKCS12 keystore holding one private key and its chain. */
public final class ServerTls {

    private ServerTls() {
    }

    /**
     * @throws IllegalStateException naming the file and what is wrong with it, so that a
     *                               misconfigured server stops at start instead of serving plain HTTP
     */
    public static Tls fromKeystore(Path keystore, String password) {
        char[] secret = password.toCharArray();
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, secret);
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (chain == null || chain.length == 0) {
                        throw new IllegalStateException("TLS keystore " + keystore + ": the key '" + alias
                                + "' has no certificate chain");
                    }
                    List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
                    return Tls.builder().privateKey(key).privateKeyCertChain(certificates).build();
                }
            }
            throw new IllegalStateException("TLS keystore " + keystore + " holds no private key");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("TLS keystore " + keystore + " cannot be read: " + e.getMessage(), e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
