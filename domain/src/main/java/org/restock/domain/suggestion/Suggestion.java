package org.restock.domain.suggestion;

import static org.restock.domain.suggestion.SuggestionStatus.COMPLETE;
import static org.restock.domain.suggestion.SuggestionStatus.DISMISSED;
import static org.restock.domain.suggestion.SuggestionStatus.FAILED;
import static org.restock.domain.suggestion.SuggestionStatus.HANDLED;
import static org.restock.domain.suggestion.SuggestionStatus.OPEN;
import static org.restock.domain.suggestion.SuggestionStatus.PO_UPDATED;
import static org.restock.domain.suggestion.SuggestionStatus.SUBMITTING;
import static org.restock.domain.suggestion.SuggestionStatus.WITHDRAWN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.shared.IllegalTransition;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.supplier.SupplierId;

/**
 * A suggestion for one order line, and its lifecycle (DESIGN §4.2) as an explicit state machine:
 * {@link #ALLOWED} is the whole of it, every transition method goes through {@link #moveTo}.
 * Immutable: transitions return the next state; {@code version} is the stored row version.
 */
public final class Suggestion {

    /** The lifecycle: from each status, the statuses it may move to. */
    public static final Map<SuggestionStatus, Set<SuggestionStatus>> ALLOWED = allowedTransitions();

    private final SuggestionId id;
    private final Subject subject;
    private final Finding finding;
    private final SuggestionStatus status;
    private final String statusReason;
    private final WorkflowStep failedStep;
    private final LocalDate snoozedUntil;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    /** What the suggestion is about: the line, its product, supplier and planner group. */
    public record Subject(LineRef line, ProductId productId, SupplierId supplierId, String plannerGroup) {
        public Subject {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(productId, "product id");
            Objects.requireNonNull(supplierId, "supplier id");
            InvalidValue.requireText(plannerGroup, "planner group");
        }
    }

    /**
     * What a review rule found: the kind, how urgent, what to do and why. The impact value is kept
     * in cents, so a finding read back from a database equals the one the rules compute (identity).
     */
    public record Finding(SuggestionKind kind, Severity severity, Proposal proposal, Explanation explanation,
                          long impactUnits, BigDecimal impactValue) {
        public Finding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(explanation, "explanation");
            impactValue = Objects.requireNonNull(impactValue, "impact value").setScale(2, RoundingMode.HALF_UP);
        }
    }

    private Suggestion(SuggestionId id, Subject subject, Finding finding, SuggestionStatus status, String statusReason,
                       WorkflowStep failedStep, LocalDate snoozedUntil, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "suggestion id");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.finding = Objects.requireNonNull(finding, "finding");
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.failedStep = failedStep;
        this.snoozedUntil = snoozedUntil;
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updated at");
        this.version = InvalidValue.requireNotNegative(version, "version");
        if (status == FAILED && failedStep == null) {
            throw new InvalidValue("a failed suggestion names the failed step");
        }
    }

    public static Suggestion open(SuggestionId id, Subject subject, Finding finding, Instant now) {
        return new Suggestion(id, subject, finding, OPEN, null, null, null, now, now, 0);
    }

    /** For stores: the state exactly as persisted. */
    public static Suggestion rehydrate(SuggestionId id, Subject subject, Finding finding, SuggestionStatus status,
                                       String statusReason, WorkflowStep failedStep, LocalDate snoozedUntil,
                                       Instant createdAt, Instant updatedAt, long version) {
        return new Suggestion(id, subject, finding, status, statusReason, failedStep, snoozedUntil, createdAt,
                updatedAt, version);
    }

    // --- planner actions -------------------------------------------------------------------------

    /** Only an OPEN suggestion is accepted; a FAILED one goes back to SUBMITTING through {@link #resend}. */
    public Suggestion accept(Instant now) {
        requireStatus(OPEN, "accept");
        return moveTo(SUBMITTING, null, null, now);
    }

    public Suggestion dismiss(String reason, Instant now) {
        return moveTo(DISMISSED, InvalidValue.requireText(reason, "dismiss reason"), null, now);
    }

    /** Hidden from the planner's list until the date; stays OPEN and keeps being reviewed. */
    public Suggestion snooze(LocalDate until, Instant now) {
        Objects.requireNonNull(until, "snooze until");
        requireStatus(OPEN, "snooze");
        return new Suggestion(id, subject, finding, OPEN, statusReason, null, until, createdAt, now, version);
    }

    /** Resumes a failed workflow at its failed step. */
    public Suggestion resend(Instant now) {
        requireStatus(FAILED, "resend");
        return moveTo(SUBMITTING, null, failedStep, now);
    }

    // --- workflow --------------------------------------------------------------------------------

    public Suggestion purchaseOrderUpdated(Instant now) {
        return moveTo(PO_UPDATED, null, null, now);
    }

    public Suggestion supplierNotified(Instant now) {
        return moveTo(HANDLED, null, null, now);
    }

    public Suggestion fail(WorkflowStep step, String reason, Instant now) {
        return moveTo(FAILED, InvalidValue.requireText(reason, "failure reason"), Objects.requireNonNull(step, "step"), now);
    }

    // --- review ----------------------------------------------------------------------------------

    /** The rules no longer fire (or another kind now wins): the suggestion stays, marked with why. */
    public Suggestion withdraw(String reason, Instant now) {
        return moveTo(WITHDRAWN, InvalidValue.requireText(reason, "withdraw reason"), null, now);
    }

    /** The order finished, or the line already shows the change. */
    public Suggestion complete(String reason, Instant now) {
        return moveTo(COMPLETE, InvalidValue.requireText(reason, "complete reason"), null, now);
    }

    /** New figures for an open suggestion of the same kind. */
    public Suggestion revise(Finding revised, Instant now) {
        return revise(subject, revised, now);
    }

    /**
     * New figures, and the line's current supplier and planner group (an order may change
     * supplier, a product planner group), for an open suggestion of the same kind.
     */
    public Suggestion revise(Subject current, Finding revised, Instant now) {
        requireStatus(OPEN, "revise");
        requireSameKind(revised);
        requireSameLine(current);
        return new Suggestion(id, current, revised, OPEN, statusReason, null, snoozedUntil, createdAt, now, version);
    }

    /** A dismissed suggestion whose proposal moved beyond the dampener comes back. */
    public Suggestion reopen(Finding revised, Instant now) {
        return reopen(subject, revised, now);
    }

    /** {@link #reopen(Finding, Instant)} with the line's current supplier and planner group. */
    public Suggestion reopen(Subject current, Finding revised, Instant now) {
        requireSameKind(revised);
        requireSameLine(current);
        Suggestion reopened = moveTo(OPEN, null, null, now);
        return new Suggestion(id, current, revised, OPEN, null, null, null, createdAt, now, reopened.version);
    }

    // --- state machine ---------------------------------------------------------------------------

    private Suggestion moveTo(SuggestionStatus next, String reason, WorkflowStep step, Instant now) {
        Objects.requireNonNull(now, "now");
        if (!ALLOWED.get(status).contains(next)) {
            throw new IllegalTransition("suggestion " + id + " cannot go from " + status + " to " + next);
        }
        LocalDate keepSnooze = next == OPEN ? snoozedUntil : null;
        return new Suggestion(id, subject, finding, next, reason, step, keepSnooze, createdAt, now, version);
    }

    private void requireStatus(SuggestionStatus required, String action) {
        if (status != required) {
            throw new IllegalTransition("cannot " + action + " suggestion " + id + ": it is " + status
                    + (required == OPEN ? "" : ", not " + required));
        }
    }

    private void requireSameKind(Finding revised) {
        if (revised.kind() != finding.kind()) {
            throw new InvalidValue("a suggestion keeps its kind: " + finding.kind() + " is not " + revised.kind());
        }
    }

    private void requireSameLine(Subject current) {
        if (!current.line().equals(subject.line()) || !current.productId().equals(subject.productId())) {
            throw new InvalidValue("a suggestion stays on its line and product: " + subject.line() + " of "
                    + subject.productId() + " is not " + current.line() + " of " + current.productId());
        }
    }

    private static Map<SuggestionStatus, Set<SuggestionStatus>> allowedTransitions() {
        Map<SuggestionStatus, Set<SuggestionStatus>> allowed = new EnumMap<>(SuggestionStatus.class);
        allowed.put(OPEN, EnumSet.of(SUBMITTING, DISMISSED, WITHDRAWN, COMPLETE));
        allowed.put(SUBMITTING, EnumSet.of(PO_UPDATED, FAILED));
        allowed.put(PO_UPDATED, EnumSet.of(HANDLED, FAILED));
        allowed.put(FAILED, EnumSet.of(SUBMITTING));
        allowed.put(DISMISSED, EnumSet.of(OPEN));
        allowed.put(HANDLED, EnumSet.noneOf(SuggestionStatus.class));
        allowed.put(WITHDRAWN, EnumSet.noneOf(SuggestionStatus.class));
        allowed.put(COMPLETE, EnumSet.noneOf(SuggestionStatus.class));
        return java.util.Collections.unmodifiableMap(allowed);
    }

    // --- reading ---------------------------------------------------------------------------------

    public SuggestionId id() {
        return id;
    }

    public Subject subject() {
        return subject;
    }

    public LineRef line() {
        return subject.line();
    }

    public ProductId productId() {
        return subject.productId();
    }

    public SupplierId supplierId() {
        return subject.supplierId();
    }

    public Finding finding() {
        return finding;
    }

    public SuggestionKind kind() {
        return finding.kind();
    }

    public Proposal proposal() {
        return finding.proposal();
    }

    public SuggestionStatus status() {
        return status;
    }

    /** Why it is WITHDRAWN, COMPLETE, DISMISSED or FAILED. */
    public Optional<String> statusReason() {
        return Optional.ofNullable(statusReason);
    }

    /** The step that failed (FAILED), or the step a resend resumes at (SUBMITTING after resend). */
    public Optional<WorkflowStep> failedStep() {
        return Optional.ofNullable(failedStep);
    }

    public Optional<LocalDate> snoozedUntil() {
        return Optional.ofNullable(snoozedUntil);
    }

    public boolean isSnoozedOn(LocalDate day) {
        return snoozedUntil != null && day.isBefore(snoozedUntil);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public Suggestion atVersion(long newVersion) {
        return new Suggestion(id, subject, finding, status, statusReason, failedStep, snoozedUntil, createdAt,
                updatedAt, newVersion);
    }

    /** Equal in everything a planner sees, ignoring timestamps and version. */
    public boolean sameStateAs(Suggestion other) {
        return other != null && id.equals(other.id) && subject.equals(other.subject) && finding.equals(other.finding)
                && status == other.status && Objects.equals(statusReason, other.statusReason)
                && failedStep == other.failedStep && Objects.equals(snoozedUntil, other.snoozedUntil);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Suggestion other && sameStateAs(other) && version == other.version
                && createdAt.equals(other.createdAt) && updatedAt.equals(other.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status, version);
    }

    @Override
    public String toString() {
        return "Suggestion[" + id + " " + finding.kind() + " " + status + " " + subject.line() + " v" + version + "]";
    }
}
