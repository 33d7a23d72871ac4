package org.restock.domain.purchaseorder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.restock.domain.product.ProductId;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.supplier.SupplierId;

/**
 * A purchase order with its lines. {@code orderVersion} is the source system's version (changes
 * older than it are ignored); {@code version} is our stored row version. Immutable: changes return
 * the next state.
 */
public final class PurchaseOrder {

    private final PurchaseOrderId id;
    private final SupplierId supplierId;
    private final long orderVersion;
    private final LocalDate orderedOn;
    private final Map<String, PurchaseOrderLine> lines;
    private final FinishReason finishReason;
    private final long version;

    private PurchaseOrder(PurchaseOrderId id, SupplierId supplierId, long orderVersion, LocalDate orderedOn,
                          List<PurchaseOrderLine> lines, FinishReason finishReason, long version) {
        this.id = Objects.requireNonNull(id, "purchase order id");
        this.supplierId = Objects.requireNonNull(supplierId, "supplier id");
        this.orderVersion = InvalidValue.requireNotNegative(orderVersion, "order version");
        this.orderedOn = Objects.requireNonNull(orderedOn, "ordered on");
        this.lines = new LinkedHashMap<>();
        for (PurchaseOrderLine line : lines) {
            if (this.lines.put(line.lineId(), line) != null) {
                throw new InvalidValue("purchase order " + id + " has line " + line.lineId() + " twice");
            }
        }
        this.finishReason = finishReason;
        this.version = InvalidValue.requireNotNegative(version, "version");
    }

    /** A new order as the source has it. */
    public static PurchaseOrder fromSource(PurchaseOrderSnapshot source) {
        return new PurchaseOrder(source.id(), source.supplierId(), source.orderVersion(), source.orderedOn(),
                source.lines(), null, 0);
    }

    /** For stores: the state exactly as persisted. */
    public static PurchaseOrder rehydrate(PurchaseOrderId id, SupplierId supplierId, long orderVersion,
                                          LocalDate orderedOn, List<PurchaseOrderLine> lines,
                                          FinishReason finishReason, long version) {
        return new PurchaseOrder(id, supplierId, orderVersion, orderedOn, lines, finishReason, version);
    }

    /**
     * Replaces our copy with the source's when the source's is newer, or as new at the same version
     * yet different: a change that overtook the order's creation carried only its own lines and no
     * order date, and the source's copy at that version is the whole order. A finished order stays
     * finished.
     *
     * @return the next state, or empty when the source has nothing we do not have
     */
    public Optional<PurchaseOrder> refreshFrom(PurchaseOrderSnapshot source) {
        if (source.orderVersion() < orderVersion) {
            return Optional.empty();
        }
        PurchaseOrder refreshed = new PurchaseOrder(id, source.supplierId(), source.orderVersion(), source.orderedOn(),
                source.lines(), null, version);
        if (finishReason != null) {
            refreshed = refreshed.finish(finishReason);
        }
        return refreshed.sameStateAs(this) ? Optional.empty() : Optional.of(refreshed);
    }

    /**
     * Applies a change-data-capture record: the changed lines replace ours, new lines are added.
     *
     * @return the next state, or empty when the change is not newer than what we have (out of order or a duplicate)
     */
    public Optional<PurchaseOrder> applyChange(long changedOrderVersion, SupplierId changedSupplier,
                                               List<PurchaseOrderLine> changedLines) {
        if (changedOrderVersion <= orderVersion) {
            return Optional.empty();
        }
        Map<String, PurchaseOrderLine> next = new LinkedHashMap<>(lines);
        changedLines.forEach(line -> next.put(line.lineId(), line));
        return Optional.of(new PurchaseOrder(id, changedSupplier, changedOrderVersion, orderedOn,
                new ArrayList<>(next.values()), finishReason, version));
    }

    /** Closes the order: every line still open ends with the order's reason. Finishing twice changes nothing. */
    public PurchaseOrder finish(FinishReason reason) {
        Objects.requireNonNull(reason, "finish reason");
        if (finishReason != null) {
            return this;
        }
        LineStatus lineStatus = switch (reason) {
            case RECEIVED -> LineStatus.RECEIVED;
            case CANCELLED -> LineStatus.CANCELLED;
            case CLOSED -> LineStatus.CLOSED;
        };
        List<PurchaseOrderLine> closed = lines.values().stream()
                .map(line -> line.status().isOpen() ? line.withStatus(lineStatus) : line)
                .toList();
        return new PurchaseOrder(id, supplierId, orderVersion, orderedOn, closed, reason, version);
    }

    public PurchaseOrderId id() {
        return id;
    }

    public SupplierId supplierId() {
        return supplierId;
    }

    public long orderVersion() {
        return orderVersion;
    }

    public LocalDate orderedOn() {
        return orderedOn;
    }

    public List<PurchaseOrderLine> lines() {
        return List.copyOf(lines.values());
    }

    public Optional<PurchaseOrderLine> line(String lineId) {
        return Optional.ofNullable(lines.get(lineId));
    }

    public Optional<FinishReason> finishReason() {
        return Optional.ofNullable(finishReason);
    }

    public boolean isFinished() {
        return finishReason != null;
    }

    public Set<ProductId> productIds() {
        return lines.values().stream().map(PurchaseOrderLine::productId).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public long version() {
        return version;
    }

    public PurchaseOrder atVersion(long newVersion) {
        return new PurchaseOrder(id, supplierId, orderVersion, orderedOn, lines(), finishReason, newVersion);
    }

    public boolean sameStateAs(PurchaseOrder other) {
        return other != null && id.equals(other.id) && supplierId.equals(other.supplierId)
                && orderVersion == other.orderVersion && orderedOn.equals(other.orderedOn)
                && lines.equals(other.lines) && Objects.equals(finishReason, other.finishReason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PurchaseOrder other && sameStateAs(other) && version == other.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, orderVersion, version);
    }

    @Override
    public String toString() {
        return "PurchaseOrder[" + id + ", orderVersion=" + orderVersion + ", lines=" + lines.size() + ", v" + version + "]";
    }
}
