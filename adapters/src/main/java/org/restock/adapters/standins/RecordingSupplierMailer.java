package org.restock.adapters.standins;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restock.domain.handling.SupplierMailer;
import org.restock.domain.handling.SupplierNotice;
import org.restock.domain.shared.DependencyFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail server of the embedded default (DESIGN §6): takes every notice and keeps it, readable
 * for the log and an admin read, instead of sending it. It can be told to fail, to show FAILED → resend.
 */
public final class RecordingSupplierMailer implements SupplierMailer {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingSupplierMailer.class);

    private final Clock clock;
    private final List<SentNotice> sent = new ArrayList<>();
    private final FailureSwitch failure = new FailureSwitch(LOG, "stand-in mailer");

    /** One notice as it would have gone out. */
    public record SentNotice(Instant at, String messageId, String to, String replyTo, List<String> lines) {
    }

    public RecordingSupplierMailer(Clock clock) {
        this.clock = clock;
    }

    public void failWith(String reason) {
        failure.failWith(reason);
    }

    public void recover() {
        failure.recover();
    }

    public boolean isFailing() {
        return failure.reason().isPresent();
    }

    @Override
    public synchronized void send(SupplierNotice notice) {
        Optional<String> failing = failure.reason();
        if (failing.isPresent()) {
            LOG.warn("stand-in mailer did not send {} to {}: {}", notice.messageId(), notice.supplier().email(),
                    failing.get());
            throw new DependencyFailure("mail server (stand-in)", failing.get());
        }
        List<String> lines = notice.lines().stream()
                .map(l -> "order " + l.line().purchaseOrderId() + " line " + l.line().lineId() + " (" + l.productId()
                        + " " + l.productName() + "): " + l.change().describe())
                .toList();
        String to = notice.supplier().name() + " <" + notice.supplier().email() + ">";
        sent.add(new SentNotice(clock.instant(), notice.messageId(), to, notice.replyTo(), lines));
        LOG.info("stand-in mailer: to {} (reply-to {}), {}: {}", to, notice.replyTo(), notice.messageId(),
                String.join("; ", lines));
    }

    /** Every notice taken, oldest first. */
    public synchronized List<SentNotice> sent() {
        return List.copyOf(sent);
    }
}
