package org.restock.adapters.standins;

import java.util.Optional;
import org.slf4j.Logger;

/**
 * What lets an operator make a stand-in fail every call, with a reason, and recover it: the
 * demonstration of FAILED → resend. Thread-safe on its own.
 */
final class FailureSwitch {

    private final Logger log;
    private final String what;
    private Optional<String> reason = Optional.empty();

    /** @param what the stand-in as the log names it, e.g. "stand-in mailer" */
    FailureSwitch(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    synchronized void failWith(String newReason) {
        reason = Optional.of(newReason);
        log.warn("{} now fails every call: {}", what, newReason);
    }

    synchronized void recover() {
        reason = Optional.empty();
        log.info("{} answers again", what);
    }

    /** The reason the stand-in fails with now, or empty while it works. */
    synchronized Optional<String> reason() {
        return reason;
    }
}
