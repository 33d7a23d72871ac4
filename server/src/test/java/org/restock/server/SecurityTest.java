package org.restock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.server.TestServer.ADMIN;
import static org.restock.server.TestServer.PLANNER;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of docs/api/rest.md, read from its table: 401 without or with wrong credentials,
 * 403 for a planner on an admin route, and each one exists (no "no route" 404 for an admin).
 */
class SecurityTest {

    private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|DELETE|PUT|PATCH) \\| `([^`]+)` \\| (\\w+) \\|");

    record Route(String method, String path, String role) {
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "x-1");
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + role + ")";
        }
    }

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<Route> routes() throws IOException {
        List<Route> routes = Files.readAllLines(Path.of("..", "docs", "api", "rest.md")).stream()
                .map(ROW::matcher)
                .filter(Matcher::find)
                .map(m -> new Route(m.group(1), m.group(2), m.group(3)))
                .toList();
        assertThat(routes).hasSizeGreaterThan(15);
        return routes;
    }

    static Stream<Route> protectedRoutes() throws IOException {
        return routes().stream().filter(r -> !r.role().equals("none"));
    }

    static Stream<Route> adminRoutes() throws IOException {
        return routes().stream().filter(r -> r.role().equals("admin"));
    }

    static Stream<Route> plainRoutes() throws IOException {
        return routes().stream().filter(r -> !r.path().endsWith("/stream"));
    }

    @ParameterizedTest
    @MethodSource("protectedRoutes")
    void refusesARequestWithoutCredentials(Route route) {
        HttpResponse<String> response = server.send(route.method(), route.concretePath(), null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(server.json(response).get("type").asText()).endsWith("/unauthorized");
    }

    @ParameterizedTest
    @MethodSource("protectedRoutes")
    void refusesAWrongPassword(Route route) {
        HttpResponse<String> response = server.send(route.method(), route.concretePath(), null, null,
                "Authorization", TestServer.basic(PLANNER, "guess"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @MethodSource("adminRoutes")
    void refusesAPlannerOnAnAdminRoute(Route route) {
        HttpResponse<String> response = server.send(route.method(), route.concretePath(), PLANNER, null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(server.json(response).get("type").asText()).endsWith("/forbidden");
    }

    @ParameterizedTest
    @MethodSource("plainRoutes")
    void servesEveryDocumentedRoute(Route route) {
        HttpResponse<String> response = server.send(route.method(), route.concretePath(), ADMIN, null);

        assertThat(response.statusCode()).isNotIn(401, 403, 405, 500);
        if (response.statusCode() == 404) {
            assertThat(server.json(response).get("detail").asText()).doesNotStartWith("no route");
        }
    }

    @Test
    void healthNeedsNoCredentials() {
        HttpResponse<String> response = server.get("/observe/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    @Test
    void metricsAreForAdminsAndCountRequestsAndActions() {
        server.get("/api/v1/suggestions", PLANNER);

        HttpResponse<String> metrics = server.get("/observe/metrics", ADMIN, "Accept", "text/plain");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("restock_http_requests").contains("route=\"/api/v1/suggestions\"");
        assertThat(server.get("/observe/metrics", PLANNER).statusCode()).isEqualTo(403);
    }
}
