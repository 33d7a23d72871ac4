package org.restock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restock.adapters.messaging.ArtemisConnections;
import org.restock.adapters.messaging.ConnectionSettings;
import org.restock.server.config.RestockSettings;
import org.restock.server.embedded.BrokerCredentials;

/**
 * The embedded default end to end: H2, the embedded broker, the demo central database. An event
 * published to the broker over TCP reaches a connected SSE client and the list.
 */
class EmbeddedServerTest {

    @TempDir
    Path dataDir;

    private RestockServer server;
    private int brokerPort;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @BeforeEach
    void start() throws IOException {
        brokerPort = freePort();
        Config config = Config.just(ConfigSources.create(Map.of(
                "restock.data-dir", dataDir.toString(),
                "restock.http.host", "127.0.0.1",
                "restock.http.port", "0",
                "restock.broker.embedded-port", String.valueOf(brokerPort),
                "restock.jobs.enabled", "false",
                "restock.demo.feed", "false",
                "restock.stream.poll-interval", "PT0.05S")), ConfigSources.classpath("application.yaml"));
        server = Wiring.start(RestockSettings.from(config));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", TestServer.basic("planner", "planner")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return mapper.readTree(response.body());
    }

    private void publishCount(String productId, long onHand) throws IOException, JMSException {
        Properties credentials = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve(BrokerCredentials.FILE))) {
            credentials.load(in);
        }
        var factory = ArtemisConnections.forProducers(new ConnectionSettings("tcp://127.0.0.1:" + brokerPort,
                credentials.getProperty("user"), credentials.getProperty("password")));
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage message = session.createTextMessage("{\"productId\":\"" + productId + "\",\"onHand\":" + onHand
                    + ",\"countedAt\":\"" + Instant.now() + "\"}");
            message.setStringProperty("eventType", "StockLevelCounted");
            message.setIntProperty("eventVersion", 1);
            message.setStringProperty("eventId", UUID.randomUUID().toString());
            message.setStringProperty("JMSXGroupID", productId);
            session.createProducer(session.createQueue("restock.events")).send(message);
        }
    }

    @Test
    void anEventOnTheBrokerReachesAStreamClientAndTheList() throws Exception {
        JsonNode list = get("/api/v1/suggestions?kind=EXPEDITE&size=1");
        assertThat(list.get("total").asLong()).as("the demo data has EXPEDITE suggestions").isPositive();
        JsonNode expedite = list.get("items").get(0);
        String productId = expedite.get("productId").asText();

        try (StreamListener client = StreamListener.open(URI.create("http://127.0.0.1:" + server.port()), "planner",
                list.get("latestSequence").asText())) {
            publishCount(productId, 1_000_000);

            await().atMost(Duration.ofSeconds(20)).until(() -> client.events.stream()
                    .anyMatch(e -> e.data().contains("\"id\":\"" + expedite.get("id").asText() + "\"")));
            StreamListener.Received event = client.events.stream()
                    .filter(e -> e.data().contains("\"id\":\"" + expedite.get("id").asText() + "\"")).findFirst().orElseThrow();
            JsonNode streamed = mapper.readTree(event.data());
            assertThat(streamed.get("status").asText()).isEqualTo("WITHDRAWN");

            JsonNode detail = get("/api/v1/suggestions/" + expedite.get("id").asText());
            assertThat(detail.get("status").asText()).isEqualTo("WITHDRAWN");
            assertThat(detail.get("product").get("onHand").asLong()).isEqualTo(1_000_000);
            JsonNode listed = get("/api/v1/suggestions?productId=" + productId + "&status=WITHDRAWN");
            assertThat(listed.get("items").findValuesAsText("id")).contains(expedite.get("id").asText());
        }
    }
}
