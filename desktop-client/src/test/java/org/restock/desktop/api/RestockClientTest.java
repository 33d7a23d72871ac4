package org.restock.desktop.api;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restock.desktop.testing.ContractServer;
import org.restock.desktop.testing.SuggestionMother;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestockClientTest {

    ContractServer server;
    RestockClient client;

    @BeforeEach
    void start() throws Exception {
        server = new ContractServer(SuggestionMother.morning());
        client = new RestockClient(new ServerAddress(server.uri(), ContractServer.USER, ContractServer.PASSWORD.toCharArray()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsTheSignedInUser() throws ApiException {
        assertThat(client.me()).isEqualTo("planner");
    }

    @Test
    void readsEverySuggestionAndTheFeedPosition() throws ApiException {
        SuggestionSnapshot snapshot = client.suggestions();

        assertThat(snapshot.items()).hasSize(10);
        assertThat(snapshot.latestSequence()).isEqualTo(server.latestSequence());
        Suggestion first = snapshot.items().stream().filter(s -> s.id().equals("s-03")).findFirst().orElseThrow();
        assertThat(first.kind()).isEqualTo(SuggestionKind.REDUCE_QUANTITY);
        assertThat(first.proposal().fromQty()).isEqualByComparingTo("500");
        assertThat(first.explanation().figures()).hasSize(5);
        assertThat(server.requests()).anyMatch(r -> r.startsWith("GET /api/v1/suggestions"));
    }

    @Test
    void readsOneSuggestionWithLineProductAndHistory() throws ApiException {
        SuggestionDetail detail = client.detail("s-02");

        assertThat(detail.suggestion().productName()).isEqualTo("Chef's knife 20 cm");
        assertThat(detail.line().orderedQty()).isEqualByComparingTo("500");
        assertThat(detail.product().demandPerDay()).isEqualByComparingTo("4.5");
        assertThat(detail.history()).extracting(SuggestionDetail.HistoryEntry::action).containsExactly("CREATED");
    }

    @Test
    void sendsTheVersionSeenWithEveryAction() throws ApiException {
        Suggestion accepted = client.accept("s-01", 1);
        Suggestion dismissed = client.dismiss("s-02", 1, "supplier already confirmed");
        Suggestion snoozed = client.snooze("s-03", 1, LocalDate.parse("2026-12-01"));

        assertThat(accepted.status()).isEqualTo(SuggestionStatus.SUBMITTING);
        assertThat(dismissed.status()).isEqualTo(SuggestionStatus.DISMISSED);
        assertThat(dismissed.statusReason()).isEqualTo("supplier already confirmed");
        assertThat(snoozed.snoozedUntil()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(server.requests()).contains("POST /api/v1/suggestions/s-01/accept If-Match \"1\"");
    }

    @Test
    void acceptsManyAtOnceAndReportsEachOutcome() throws ApiException {
        List<BulkAcceptResult> results = client.acceptAll(List.of(
                new RestockApi.VersionedId("s-01", 1), new RestockApi.VersionedId("s-02", 7), new RestockApi.VersionedId("nope", 1)));

        assertThat(results).extracting(BulkAcceptResult::outcome).containsExactly(
                BulkAcceptResult.Outcome.ACCEPTED, BulkAcceptResult.Outcome.STALE_VERSION, BulkAcceptResult.Outcome.NOT_FOUND);
        assertThat(results.get(0).suggestion().status()).isEqualTo(SuggestionStatus.SUBMITTING);
    }

    @Test
    void splitsALargeBulkAcceptIntoRequestsTheServerTakes() throws ApiException {
        List<RestockApi.VersionedId> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(new RestockApi.VersionedId("missing-" + i, 1));
        }

        List<BulkAcceptResult> results = client.acceptAll(many);

        assertThat(results).hasSize(501).allMatch(r -> r.outcome() == BulkAcceptResult.Outcome.NOT_FOUND);
        assertThat(server.requests()).filteredOn(r -> r.equals("POST /api/v1/suggestions/accept")).hasSize(2);
    }

    @Test
    void turnsAProblemIntoAReadableMessageWithTheCurrentState() {
        assertThatThrownBy(() -> client.accept("s-01", 9))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ApiException.Reason.PROBLEM);
                    assertThat(e.problemCode()).isEqualTo("stale-version");
                    assertThat(e.getMessage()).isEqualTo("suggestion s-01 is at version 1, you saw \"9\"");
                    assertThat(e.problem().orElseThrow().suggestion().version()).isEqualTo(1);
                });
    }

    @Test
    void readsTheOperationsFigures() throws ApiException {
        Operations figures = client.operations();

        assertThat(figures.eventsHandled()).containsEntry("StockLevelChanged", 1204L);
        assertThat(figures.handlingLatencyMs()).containsEntry("p99", 8.0);
        assertThat(figures.deadLetters()).isEqualTo(2);
        assertThat(figures.health()).containsEntry("purchaseOrderService", "DOWN");
        assertThat(figures.alerts()).extracting(Operations.Alert::message).containsExactly("purchase-order service unhealthy for 30 min");
    }

    @Test
    void saysSoOnAWrongPassword() {
        RestockClient wrong = new RestockClient(new ServerAddress(server.uri(), "planner", "guess".toCharArray()));

        assertThatThrownBy(wrong::me).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.reason()).isEqualTo(ApiException.Reason.WRONG_CREDENTIALS));
    }

    @Test
    void saysSoWhenNoServerListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        RestockClient nowhere = new RestockClient(new ServerAddress(URI.create("http://127.0.0.1:" + port), "planner", "x".toCharArray()));

        assertThatThrownBy(nowhere::me).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.reason()).isEqualTo(ApiException.Reason.UNREACHABLE);
            assertThat(e.getMessage()).startsWith("Cannot reach the server at http://127.0.0.1:" + port);
        });
    }

    @Test
    void saysSoWhenTheCertificateIsNotTrusted(@TempDir Path dir) throws Exception {
        HttpsServer https = selfSignedServer(dir);
        try {
            RestockClient untrusting = new RestockClient(new ServerAddress(
                    URI.create("https://localhost:" + https.getAddress().getPort()), "planner", "x".toCharArray()));

            assertThatThrownBy(untrusting::me).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.reason()).isEqualTo(ApiException.Reason.CERTIFICATE);
                assertThat(e.getMessage()).contains("certificate is not trusted");
            });
        } finally {
            https.stop(0);
        }
    }

    /** An HTTPS server with a fresh self-signed certificate, made by the JDK's keytool. */
    static HttpsServer selfSignedServer(Path dir) throws Exception {
        Path store = dir.resolve("server.p12");
        char[] password = "changeit".toCharArray();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit"));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, password);
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, password);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        https.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        https.start();
        return https;
    }
}
