package org.restock.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restock.endtoend.PlannerScreen.PATIENCE;
import static org.restock.endtoend.PlannerScreen.cell;
import static org.restock.endtoend.PlannerScreen.onFx;
import static org.restock.endtoend.PlannerScreen.rowStyled;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.restock.desktop.api.SuggestionKind;
import org.restock.desktop.api.SuggestionStatus;
import org.restock.desktop.suggestions.SuggestionRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A planner's day against the real server in its embedded default: sign in, find the demo
 * suggestions, accept from the keyboard and follow the workflow to HANDLED; and when the PO
 * service fails, see it in red with the reason, and resend once it is back.
 */
@ExtendWith(ApplicationExtension.class)
class PlannerJourneyTest {

    @TempDir
    static Path dataDir;
    static EmbeddedRestock restock;
    static AdminApi admin;

    PlannerScreen screen;

    @BeforeAll
    static void startTheServer() {
        restock = EmbeddedRestock.start(dataDir);
        admin = new AdminApi(restock.base);
    }

    @AfterAll
    static void stopTheServer() {
        if (restock != null) {
            restock.close();
        }
    }

    @Start
    void openTheWorkstation(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        screen = PlannerScreen.open(stage, restock.base.toString(), EmbeddedRestock.PLANNER);
    }

    @AfterEach
    void closeTheWorkstation() {
        screen.close();
    }

    @Test
    void acceptsADemoSuggestionFromTheKeyboardAndFollowsItToHandled() {
        TableView<SuggestionRow> table = screen.signIn("planner");

        Set<SuggestionKind> kinds = onFx(() -> table.getItems().stream().map(r -> r.suggestion().kind())
                .collect(Collectors.toSet()));
        assertThat(kinds).as("the demo data shows every kind").containsAll(EnumSet.complementOf(EnumSet.of(SuggestionKind.UNKNOWN)));

        SuggestionRow reduce = firstOpen(table, r -> r.suggestion().kind() == SuggestionKind.REDUCE_QUANTITY);
        List<SuggestionStatus> seen = statusesOf(reduce);
        screen.selectWithKeyboard(table, reduce);

        new FxRobot().type(KeyCode.ENTER);

        await("the workflow handles it").atMost(PATIENCE).until(() -> onFx(reduce::status) == SuggestionStatus.HANDLED);
        assertThat(seen).containsExactly(SuggestionStatus.SUBMITTING, SuggestionStatus.PO_UPDATED, SuggestionStatus.HANDLED);
        await().atMost(PATIENCE).until(() -> cell(table, reduce.id(), "status").equals("Handled"));

        var proposal = reduce.suggestion().proposal();
        assertThat(admin.purchaseOrderUpdatesFor(reduce.id())).singleElement().satisfies(update -> {
            assertThat(update.get("line").asText()).isEqualTo(reduce.suggestion().purchaseOrderId() + "/" + reduce.suggestion().lineId());
            assertThat(update.get("change").asText())
                    .isEqualTo("quantity " + proposal.fromQty().toBigInteger() + " -> " + proposal.toQty().toBigInteger());
            assertThat(update.get("outcome").asText()).isEqualTo("applied");
        });
    }

    @Test
    void aFailedPurchaseOrderUpdateShowsInRedAndIsResentOnceTheServiceIsBack() {
        TableView<SuggestionRow> table = screen.signIn("planner");
        SuggestionRow postpone = firstOpen(table, r -> r.suggestion().kind() == SuggestionKind.POSTPONE);
        String reason = "demonstration: PO service down";
        restock.failPurchaseOrders(reason);
        try {
            screen.selectWithKeyboard(table, postpone);
            new FxRobot().type(KeyCode.A);

            await("the workflow gives up").atMost(Duration.ofSeconds(60))
                    .until(() -> onFx(postpone::status) == SuggestionStatus.FAILED);
            await().atMost(PATIENCE).until(() -> cell(table, postpone.id(), "status").startsWith("Failed: "));
            assertThat(cell(table, postpone.id(), "status")).contains(reason);
            assertThat(rowStyled(table, postpone.id(), "failed")).isTrue();
            assertThat(PlannerScreen.cellColour(table, postpone.id(), "status")).as("shown in red")
                    .satisfies(red -> assertThat(red.getRed()).isGreaterThan(2 * Math.max(red.getGreen(), red.getBlue())));
        } finally {
            restock.recoverPurchaseOrders();
        }

        screen.selectWithKeyboard(table, postpone);
        assertThat(screen.labelText("#detail-banner")).contains(reason);
        new FxRobot().type(KeyCode.R);

        await("resent and handled").atMost(PATIENCE).until(() -> onFx(postpone::status) == SuggestionStatus.HANDLED);
        await().atMost(PATIENCE).until(() -> cell(table, postpone.id(), "status").equals("Handled"));
        assertThat(rowStyled(table, postpone.id(), "failed")).isFalse();
        List<JsonNode> updates = admin.purchaseOrderUpdatesFor(postpone.id());
        assertThat(updates).last().satisfies(update -> {
            assertThat(update.get("change").asText()).isEqualTo("delivery date " + postpone.suggestion().proposal().fromDate()
                    + " -> " + postpone.suggestion().proposal().toDate());
            assertThat(update.get("outcome").asText()).isEqualTo("applied");
        });
        assertThat(updates.subList(0, updates.size() - 1)).isNotEmpty()
                .allSatisfy(update -> assertThat(update.get("outcome").asText()).isEqualTo("failed: " + reason));
    }

    static SuggestionRow firstOpen(TableView<SuggestionRow> table, Predicate<SuggestionRow> which) {
        return onFx(() -> table.getItems().stream().filter(r -> r.status() == SuggestionStatus.OPEN).filter(which)
                .findFirst().orElseThrow(() -> new AssertionError("no open suggestion of that kind in " + table.getItems())));
    }

    /** The statuses the row goes through from now on, in order. */
    static List<SuggestionStatus> statusesOf(SuggestionRow row) {
        List<SuggestionStatus> seen = new CopyOnWriteArrayList<>();
        onFx(() -> {
            row.suggestionProperty().addListener((obs, before, after) -> {
                if (seen.isEmpty() || seen.getLast() != after.status()) {
                    seen.add(after.status());
                }
            });
            return null;
        });
        return seen;
    }
}
