package org.restock.desktop.testing;

import org.restock.desktop.api.Explanation;
import org.restock.desktop.api.Proposal;
import org.restock.desktop.api.Severity;
import org.restock.desktop.api.Suggestion;
import org.restock.desktop.api.SuggestionKind;
import org.restock.desktop.api.SuggestionStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Suggestions for tests: open ones of any kind, and copies in another state. */
public final class SuggestionMother {

    public static final Instant CREATED = Instant.parse("2026-11-23T08:00:00Z");

    private String id = "s-1";
    private long version = 1;
    private SuggestionKind kind = SuggestionKind.POSTPONE;
    private Severity severity = Severity.INFO;
    private SuggestionStatus status = SuggestionStatus.OPEN;
    private String statusReason;
    private String failedStep;
    private String order = "PO-10017";
    private String line = "1";
    private String productId = "P-0042";
    private String productName = "Espresso cups, 6 pack";
    private String supplierId = "S-007";
    private String supplierName = "Nordic Ceramics";
    private String plannerGroup = "kitchen";
    private Proposal proposal = new Proposal("CHANGE_DELIVERY_DATE", "deliver 12 Mar 2027 → 2 Apr 2027",
            LocalDate.parse("2027-03-12"), LocalDate.parse("2027-04-02"), null, null, null);
    private Long impactUnits = 240L;
    private BigDecimal impactValue = new BigDecimal("1234.50");
    private LocalDate snoozedUntil;
    private Instant createdAt = CREATED;

    private SuggestionMother() {
    }

    public static SuggestionMother suggestion(String id) {
        SuggestionMother mother = new SuggestionMother();
        mother.id = id;
        return mother;
    }

    public SuggestionMother kind(SuggestionKind value) {
        kind = value;
        switch (value) {
            case CANCEL, CANCEL_STALE -> proposal = new Proposal("CANCEL_LINE", "cancel 240 units", null, null, null, null, new BigDecimal("240"));
            case REDUCE_QUANTITY -> proposal = new Proposal("REDUCE_QUANTITY", "reduce 500 → 300", null, null, new BigDecimal("500"), new BigDecimal("300"), null);
            case PAST_DUE -> proposal = new Proposal("REQUEST_NEW_DATE", "ask for a new date", LocalDate.parse("2026-11-20"), null, null, null, null);
            case REVIEW_NO_DEMAND -> proposal = new Proposal("REVIEW_LINE", "review: no demand in 90 days", null, null, null, null, null);
            default -> proposal = new Proposal("CHANGE_DELIVERY_DATE", "deliver 12 Mar 2027 → 2 Apr 2027",
                    LocalDate.parse("2027-03-12"), LocalDate.parse("2027-04-02"), null, null, null);
        }
        return this;
    }

    public SuggestionMother severity(Severity value) {
        severity = value;
        return this;
    }

    public SuggestionMother status(SuggestionStatus value) {
        status = value;
        return this;
    }

    public SuggestionMother version(long value) {
        version = value;
        return this;
    }

    public SuggestionMother line(String orderId, String lineId) {
        order = orderId;
        line = lineId;
        return this;
    }

    public SuggestionMother product(String id, String name) {
        productId = id;
        productName = name;
        return this;
    }

    public SuggestionMother supplier(String id, String name) {
        supplierId = id;
        supplierName = name;
        return this;
    }

    public SuggestionMother group(String value) {
        plannerGroup = value;
        return this;
    }

    public SuggestionMother impact(long units, String value) {
        impactUnits = units;
        impactValue = new BigDecimal(value);
        return this;
    }

    public SuggestionMother snoozedUntil(LocalDate value) {
        snoozedUntil = value;
        return this;
    }

    public SuggestionMother createdAt(Instant value) {
        createdAt = value;
        return this;
    }

    public Suggestion build() {
        Explanation explanation = new Explanation(kind.name(),
                "Stock plus earlier inbound lasts until 30 Mar, so this delivery is not needed before then.",
                List.of(new Explanation.Figure("onHand", "Stock on hand", "120 units"),
                        new Explanation.Figure("inbound", "Inbound before the line", "60 units"),
                        new Explanation.Figure("forecast", "Forecast demand", "4.5 units a day"),
                        new Explanation.Figure("coverDays", "Cover", "40 days"),
                        new Explanation.Figure("threshold", "Postpone when cover exceeds", "28 days")));
        return new Suggestion(id, version, kind, severity, status, statusReason, failedStep, order, line, productId, productName,
                supplierId, supplierName, plannerGroup, proposal, impactUnits, impactValue, explanation, snoozedUntil,
                createdAt, createdAt);
    }

    /** A copy one version on, in {@code status}, with a reason (and a failed step when FAILED). */
    public static Suggestion moved(Suggestion s, SuggestionStatus status, String reason) {
        return new Suggestion(s.id(), s.version() + 1, s.kind(), s.severity(), status, reason,
                status == SuggestionStatus.FAILED ? "UPDATE_PURCHASE_ORDER" : null,
                s.purchaseOrderId(), s.lineId(), s.productId(), s.productName(), s.supplierId(), s.supplierName(),
                s.plannerGroup(), s.proposal(), s.impactUnits(), s.impactValue(), s.explanation(), s.snoozedUntil(),
                s.createdAt(), s.updatedAt());
    }

    /** A copy one version on, snoozed until {@code until}. */
    public static Suggestion snoozed(Suggestion s, LocalDate until) {
        return new Suggestion(s.id(), s.version() + 1, s.kind(), s.severity(), s.status(), s.statusReason(), s.failedStep(),
                s.purchaseOrderId(), s.lineId(), s.productId(), s.productName(), s.supplierId(), s.supplierName(),
                s.plannerGroup(), s.proposal(), s.impactUnits(), s.impactValue(), s.explanation(), until,
                s.createdAt(), s.updatedAt());
    }

    /** A copy one version on with other impact figures. */
    public static Suggestion withImpact(Suggestion s, long units) {
        return new Suggestion(s.id(), s.version() + 1, s.kind(), s.severity(), s.status(), s.statusReason(), s.failedStep(),
                s.purchaseOrderId(), s.lineId(), s.productId(), s.productName(), s.supplierId(), s.supplierName(),
                s.plannerGroup(), s.proposal(), units, s.impactValue(), s.explanation(), s.snoozedUntil(),
                s.createdAt(), s.updatedAt());
    }

    /** A dozen varied suggestions, like a planner's morning. */
    public static List<Suggestion> morning() {
        return List.of(
                suggestion("s-01").kind(SuggestionKind.CANCEL).severity(Severity.RED).line("PO-10017", "2")
                        .product("P-0042", "Espresso cups, 6 pack").supplier("S-007", "Nordic Ceramics").impact(240, "1234.50")
                        .createdAt(CREATED.minusSeconds(86_400 * 3)).build(),
                suggestion("s-02").kind(SuggestionKind.POSTPONE).severity(Severity.YELLOW).line("PO-10021", "1")
                        .product("P-0107", "Chef's knife 20 cm").supplier("S-011", "Solingen Steelworks").impact(80, "3120.00").build(),
                suggestion("s-03").kind(SuggestionKind.REDUCE_QUANTITY).severity(Severity.YELLOW).line("PO-10022", "4")
                        .product("P-0311", "Linen napkins, set of 4").supplier("S-003", "Baltic Linen").impact(200, "1590.00").build(),
                suggestion("s-04").kind(SuggestionKind.EXPEDITE).severity(Severity.RED).line("PO-10030", "1")
                        .product("P-0520", "Cast iron skillet 28 cm").supplier("S-011", "Solingen Steelworks").impact(45, "1417.50")
                        .group("cookware").build(),
                suggestion("s-05").kind(SuggestionKind.PAST_DUE).severity(Severity.RED).line("PO-09987", "3")
                        .product("P-0733", "Glass storage jars 1 l").supplier("S-020", "Vetro Milano").impact(120, "838.80")
                        .createdAt(CREATED.minusSeconds(86_400 * 6)).build(),
                suggestion("s-06").kind(SuggestionKind.CANCEL_STALE).severity(Severity.YELLOW).line("PO-09411", "1")
                        .product("P-0099", "Fondue set, 8 forks").supplier("S-007", "Nordic Ceramics").impact(30, "567.00").build(),
                suggestion("s-07").kind(SuggestionKind.REVIEW_NO_DEMAND).severity(Severity.INFO).line("PO-10040", "2")
                        .product("P-0912", "Egg slicer").supplier("S-031", "Kitchen Basics").impact(150, "298.50")
                        .group("gadgets").build(),
                suggestion("s-08").kind(SuggestionKind.POSTPONE).severity(Severity.INFO).line("PO-10041", "1")
                        .product("P-0108", "Bread knife 22 cm").supplier("S-011", "Solingen Steelworks").impact(60, "1680.00")
                        .group("cookware").build(),
                suggestion("s-09").kind(SuggestionKind.REDUCE_QUANTITY).severity(Severity.INFO).line("PO-10044", "2")
                        .product("P-0314", "Tea towels, set of 3").supplier("S-003", "Baltic Linen").impact(100, "450.00").build(),
                suggestion("s-10").kind(SuggestionKind.EXPEDITE).severity(Severity.YELLOW).line("PO-10050", "1")
                        .product("P-0044", "Latte mugs, 4 pack").supplier("S-007", "Nordic Ceramics").impact(96, "729.60").build());
    }
}
