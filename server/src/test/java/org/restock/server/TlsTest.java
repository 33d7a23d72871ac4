package org.restock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restock.server.config.RestockSettings;

/** With a keystore configured the server answers HTTPS, and a keystore it cannot read stops the start. */
class TlsTest {

    private static final String PASSWORD = "keystore-secret";

    @TempDir
    static Path directory;

    private static Path keystore;

    @BeforeAll
    static void makeKeystore() throws Exception {
        keystore = directory.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "restock", "-keyalg", "EC",
                "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static RestockSettings settings(String keystorePassword) throws IOException {
        Map<String, String> values = new HashMap<>(Map.of(
                "restock.data-dir", directory.resolve("data-" + System.nanoTime()).toString(),
                "restock.http.host", "127.0.0.1",
                "restock.http.port", "0",
                "restock.http.tls.keystore", keystore.toString(),
                "restock.http.tls.keystore-password", keystorePassword,
                "restock.jobs.enabled", "false",
                "restock.demo.feed", "false"));
        try (ServerSocket socket = new ServerSocket(0)) {
            values.put("restock.broker.embedded-port", String.valueOf(socket.getLocalPort()));
        }
        return RestockSettings.from(Config.just(ConfigSources.create(values), ConfigSources.classpath("application.yaml")));
    }

    private static HttpClient trustingTheServersCertificate() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void answersHttpsWithTheConfiguredCertificateAndNotPlainHttp() throws Exception {
        try (RestockServer server = Wiring.start(settings(PASSWORD))) {
            HttpResponse<String> health = trustingTheServersCertificate().send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + server.port() + "/observe/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.sslSession()).isPresent();
            assertThat(health.sslSession().get().getPeerCertificates()[0].toString()).contains("CN=localhost");

            HttpResponse<String> api = trustingTheServersCertificate().send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + server.port() + "/api/v1/suggestions?size=1"))
                            .header("Authorization", TestServer.basic("planner", "planner")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).as(api.body()).isEqualTo(200);

            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest overHttp = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/observe/health"))
                    .timeout(Duration.ofSeconds(5)).build();
            assertThatThrownBy(() -> plain.send(overHttp, HttpResponse.BodyHandlers.ofString()))
                    .as("plain HTTP on the TLS port").isInstanceOf(IOException.class);
        }
    }

    @Test
    void aKeystoreItCannotReadStopsTheStartNamingTheFile() {
        assertThatThrownBy(() -> Wiring.start(settings("not-the-password")))
                .hasStackTraceContaining("TLS keystore " + keystore)
                .hasStackTraceContaining("cannot be read");
    }

    @Test
    void settingsNeverPrintTheKeystorePassword() throws IOException {
        assertThat(List.of(settings(PASSWORD).http().toString())).noneMatch(text -> text.contains(PASSWORD));
    }
}
