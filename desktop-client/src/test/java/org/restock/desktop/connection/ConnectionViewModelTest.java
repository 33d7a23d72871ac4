package org.restock.desktop.connection;

import org.junit.jupiter.api.Test;
import org.restock.desktop.api.ApiException;
import org.restock.desktop.api.Connector;
import org.restock.desktop.api.ServerAddress;
import org.restock.desktop.api.Session;
import org.restock.desktop.common.Tasks;
import org.restock.desktop.testing.FakeRestockApi;
import org.restock.desktop.testing.InMemorySettings;
import org.restock.desktop.testing.ScriptedFeed;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionViewModelTest {

    InMemorySettings settings = new InMemorySettings();
    List<Session> sessions = new ArrayList<>();
    List<ServerAddress> attempts = new ArrayList<>();

    ConnectionViewModel model(Connector connector) {
        return new ConnectionViewModel(address -> {
            attempts.add(address);
            return connector.connect(address);
        }, new Tasks(Runnable::run, Runnable::run), settings, sessions::add);
    }

    Connector succeeding() {
        return address -> new Session(address, address.user(), new FakeRestockApi(List.of()), new ScriptedFeed());
    }

    Connector failing(ApiException.Reason reason, String message) {
        return address -> {
            throw ApiException.of(reason, message);
        };
    }

    @Test
    void signsInAndRemembersServerAndUserButNotThePassword() {
        ConnectionViewModel model = model(succeeding());
        model.serverProperty().set("restock.example:8443");
        model.userProperty().set("planner");
        model.passwordProperty().set("secret");

        model.connect();

        assertThat(sessions).hasSize(1);
        assertThat(attempts.get(0).baseUri().toString()).isEqualTo("http://restock.example:8443");
        assertThat(settings.values()).containsOnlyKeys(ConnectionViewModel.SERVER_KEY, ConnectionViewModel.USER_KEY)
                .containsEntry(ConnectionViewModel.USER_KEY, "planner")
                .doesNotContainValue("secret");
        assertThat(model.passwordProperty().get()).isEmpty();

        ConnectionViewModel next = model(succeeding());
        assertThat(next.serverProperty().get()).isEqualTo("http://restock.example:8443");
        assertThat(next.userProperty().get()).isEqualTo("planner");
        assertThat(next.passwordProperty().get()).isEmpty();
    }

    @Test
    void saysSoOnAWrongPassword() {
        ConnectionViewModel model = model(failing(ApiException.Reason.WRONG_CREDENTIALS, "401"));
        model.userProperty().set("planner");
        model.passwordProperty().set("wrong");

        model.connect();

        assertThat(sessions).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo("Wrong user name or password.");
        assertThat(model.connectingProperty().get()).isFalse();
        assertThat(settings.values()).isEmpty();
    }

    @Test
    void passesOnTheWordsForAnUnreachableServerOrABadCertificate() {
        ConnectionViewModel model = model(failing(ApiException.Reason.UNREACHABLE, "Cannot reach the server at http://x:1"));
        model.userProperty().set("planner");
        model.passwordProperty().set("planner");
        model.connect();
        assertThat(model.errorProperty().get()).isEqualTo("Cannot reach the server at http://x:1");

        model = model(failing(ApiException.Reason.CERTIFICATE, "the server's certificate is not trusted"));
        model.userProperty().set("planner");
        model.passwordProperty().set("planner");
        model.connect();
        assertThat(model.errorProperty().get()).isEqualTo("the server's certificate is not trusted");
    }

    @Test
    void refusesAnAddressThatIsNotOne() {
        ConnectionViewModel model = model(succeeding());
        model.serverProperty().set("ftp://files.example");
        model.userProperty().set("planner");
        model.passwordProperty().set("planner");

        model.connect();

        assertThat(attempts).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo("The server address must start with http:// or https://");
    }

    @Test
    void canConnectOnlyWithEveryFieldFilled() {
        ConnectionViewModel model = model(succeeding());
        model.userProperty().set("planner");
        assertThat(model.canConnectProperty().get()).isFalse();
        model.passwordProperty().set("planner");
        assertThat(model.canConnectProperty().get()).isTrue();
    }

    @Test
    void theCommandLineFillsTheForm() {
        ConnectionViewModel model = model(succeeding());
        model.prefill("http://other:9090", "admin", "pw".toCharArray());

        assertThat(model.serverProperty().get()).isEqualTo("http://other:9090");
        assertThat(model.userProperty().get()).isEqualTo("admin");
        assertThat(model.canConnectProperty().get()).isTrue();
    }
}
