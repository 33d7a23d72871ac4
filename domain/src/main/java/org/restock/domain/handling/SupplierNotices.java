package org.restock.domain.handling;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.product.Products;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.Suppliers;

/** Builds the notice a supplier gets for one accept, or for its lines of one bulk accept. */
final class SupplierNotices {

    private final Suppliers suppliers;
    private final Products products;
    private final WorkflowSettings settings;

    SupplierNotices(Suppliers suppliers, Products products, WorkflowSettings settings) {
        this.suppliers = suppliers;
        this.products = products;
        this.settings = settings;
    }

    /**
     * @param suggestions one supplier's suggestions, all of one batch (or a single one)
     * @return empty when the supplier is unknown: there is nobody to write to
     */
    Optional<SupplierNotice> noticeFor(List<Suggestion> suggestions, Optional<String> batchId) {
        List<Suggestion> sorted = suggestions.stream().sorted(Comparator.comparing(s -> s.id().value())).toList();
        Suggestion first = sorted.get(0);
        Optional<Supplier> supplier = suppliers.find(first.supplierId());
        if (supplier.isEmpty()) {
            return Optional.empty();
        }
        List<SupplierNotice.Line> lines = sorted.stream()
                .map(s -> new SupplierNotice.Line(s.id(), s.line(), s.productId().value(), productName(s), s.proposal()))
                .toList();
        return Optional.of(new SupplierNotice(supplier.get(), messageId(sorted, batchId),
                settings.replyToFor(first.subject().plannerGroup()), lines));
    }

    /**
     * The same suggestions give the same id, so a notice sent again after a crash is recognisable
     * as the same message; a different set of lines of one batch (after a resend) gets its own.
     */
    static String messageId(List<Suggestion> sorted, Optional<String> batchId) {
        if (sorted.size() == 1) {
            return "suggestion-" + sorted.get(0).id().value();
        }
        String ids = String.join(",", sorted.stream().map(s -> s.id().value()).toList());
        return "batch-" + batchId.orElse("none") + "-" + sorted.get(0).supplierId().value() + "-"
                + Integer.toHexString(ids.hashCode());
    }

    private String productName(Suggestion suggestion) {
        return products.find(suggestion.productId())
                .flatMap(p -> p.information().map(ProductInformation::name))
                .orElse(suggestion.productId().value());
    }
}
