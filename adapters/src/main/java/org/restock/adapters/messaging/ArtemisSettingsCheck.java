package org.restock.adapters.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.QueueRequestor;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up check against an external broker: do {@code restock.events} and its dead letter
 * queue exist, and do the address settings say what the pump relies on (docs/events/README.md,
 * "Operating the broker")? The queues are checked with plain JMS; the settings through Artemis's
 * management address, which needs the {@code manage} permission: without it the check reports that
 * it could not look, and the operator's word stands.
 */
public final class ArtemisSettingsCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ArtemisSettingsCheck.class);
    private static final String MANAGEMENT_ADDRESS = "activemq.management";

    /** What was found: problems that break the contract, and notes on what could not be checked. */
    public record Result(List<String> problems, List<String> notes) {
        public Result {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final ConnectionFactory connections;
    private final RedeliverySettings expected;

    public ArtemisSettingsCheck(ConnectionFactory connections, RedeliverySettings expected) {
        this.connections = connections;
        this.expected = expected;
    }

    /** Runs the check and logs each problem (error) and note (warning). */
    public Result run() {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (Connection connection = connections.createConnection()) {
            connection.start();
            var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            for (String queue : List.of(EventQueues.EVENTS, EventQueues.DEAD_LETTERS)) {
                try (var browser = session.createBrowser(session.createQueue(queue))) {
                    browser.getEnumeration().hasMoreElements();
                } catch (JMSException e) {
                    problems.add("queue " + queue + " is not usable: " + e.getMessage());
                }
            }
            compareSettings(connection, problems, notes);
        } catch (JMSException e) {
            problems.add("cannot connect to the broker: " + e.getMessage());
        }
        problems.forEach(problem -> LOG.error("Broker check: {}", problem));
        notes.forEach(note -> LOG.warn("Broker check: {}", note));
        return new Result(problems, notes);
    }

    private void compareSettings(Connection connection, List<String> problems, List<String> notes) {
        JsonNode settings;
        try {
            settings = new ObjectMapper().readTree(addressSettingsJson(connection));
        } catch (Exception e) {
            notes.add("could not read the address settings of " + EventQueues.EVENTS + " (the broker user needs the "
                    + "manage permission on " + MANAGEMENT_ADDRESS + "): " + e.getMessage());
            return;
        }
        expect(problems, settings, "deadLetterAddress", EventQueues.DEAD_LETTERS);
        expect(problems, settings, "expiryAddress", EventQueues.EXPIRED);
        expect(problems, settings, "maxDeliveryAttempts", String.valueOf(expected.maxDeliveryAttempts()));
        expect(problems, settings, "redeliveryDelay", String.valueOf(expected.initialDelay().toMillis()));
        expect(problems, settings, "maxRedeliveryDelay", String.valueOf(expected.maxDelay().toMillis()));
        double multiplier = settings.path("redeliveryMultiplier").asDouble(Double.NaN);
        if (multiplier != expected.multiplier()) {
            problems.add("redeliveryMultiplier of " + EventQueues.EVENTS + " is " + multiplier + ", expected "
                    + expected.multiplier());
        }
    }

    private static void expect(List<String> problems, JsonNode settings, String field, String value) {
        String actual = settings.path(field).asText("");
        if (!actual.equals(value)) {
            problems.add(field + " of " + EventQueues.EVENTS + " is '" + actual + "', expected '" + value + "'");
        }
    }

    private static String addressSettingsJson(Connection connection) throws Exception {
        try (var session = (QueueSession) ((jakarta.jms.QueueConnection) connection)
                .createQueueSession(false, Session.AUTO_ACKNOWLEDGE)) {
            var requestor = new QueueRequestor(session, ActiveMQJMSClient.createQueue(MANAGEMENT_ADDRESS));
            var request = session.createMessage();
            JMSManagementHelper.putOperationInvocation(request, ResourceNames.BROKER, "getAddressSettingsAsJSON",
                    EventQueues.EVENTS);
            var reply = requestor.request(request);
            if (reply == null || !JMSManagementHelper.hasOperationSucceeded(reply)) {
                throw new IllegalStateException(reply == null ? "no reply" : String.valueOf(JMSManagementHelper.getResult(reply)));
            }
            return (String) JMSManagementHelper.getResult(reply, String.class);
        }
    }
}
