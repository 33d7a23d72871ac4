package org.restock.adapters.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.restock.domain.handling.SupplierNotice;
import org.restock.domain.suggestion.Proposal;

/** What a notice says, in words a supplier reads: the subject and each line's change, old → new. */
final class NoticeContent {

    private NoticeContent() {
    }

    static String subject(SupplierNotice notice) {
        List<String> orders = notice.lines().stream().map(l -> l.line().purchaseOrderId().value()).distinct().sorted()
                .toList();
        if (notice.lines().size() == 1) {
            SupplierNotice.Line only = notice.lines().get(0);
            return "Purchase order " + only.line().purchaseOrderId() + ", line " + only.line().lineId() + ": "
                    + headline(only.change());
        }
        return "Changes to " + notice.lines().size() + " lines of purchase order" + (orders.size() == 1 ? " " : "s ")
                + String.join(", ", orders);
    }

    static Map<String, String> values(SupplierNotice notice) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("supplierName", notice.supplier().name());
        values.put("lineCount", notice.lines().size() == 1 ? "one line" : notice.lines().size() + " lines");
        values.put("replyTo", notice.replyTo());
        values.put("reference", notice.messageId());
        return values;
    }

    static List<Map<String, String>> lines(SupplierNotice notice) {
        return notice.lines().stream().map(line -> {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("order", line.line().purchaseOrderId().value());
            values.put("line", line.line().lineId());
            values.put("productId", line.productId());
            values.put("productName", line.productName());
            values.put("what", what(line.change()));
            values.put("was", was(line.change()));
            values.put("now", now(line.change()));
            return Map.copyOf(values);
        }).toList();
    }

    private static String headline(Proposal change) {
        return switch (change) {
            case Proposal.CancelLine c -> "line cancelled";
            case Proposal.ChangeDeliveryDate d -> "new delivery date " + Proposal.SHORT_DATE.format(d.to());
            case Proposal.ReduceQuantity r -> "quantity reduced to " + r.toQty();
            case Proposal.RequestNewDate p -> "please send a new delivery date";
            case Proposal.ReviewLine r -> "under review";
        };
    }

    private static String what(Proposal change) {
        return switch (change) {
            case Proposal.CancelLine c -> "cancelled";
            case Proposal.ChangeDeliveryDate d -> "delivery date";
            case Proposal.ReduceQuantity r -> "quantity";
            case Proposal.RequestNewDate p -> "new delivery date needed";
            case Proposal.ReviewLine r -> "under review";
        };
    }

    private static String was(Proposal change) {
        return switch (change) {
            case Proposal.CancelLine c -> c.openQty() + " units open";
            case Proposal.ChangeDeliveryDate d -> Proposal.SHORT_DATE.format(d.from());
            case Proposal.ReduceQuantity r -> Long.toString(r.fromQty());
            case Proposal.RequestNewDate p -> "due " + Proposal.SHORT_DATE.format(p.dueSince()) + " (overdue)";
            case Proposal.ReviewLine r -> "-";
        };
    }

    private static String now(Proposal change) {
        return switch (change) {
            case Proposal.CancelLine c -> "nothing more to deliver";
            case Proposal.ChangeDeliveryDate d -> Proposal.SHORT_DATE.format(d.to());
            case Proposal.ReduceQuantity r -> Long.toString(r.toQty());
            case Proposal.RequestNewDate p -> "please tell us the new date";
            case Proposal.ReviewLine r -> r.question();
        };
    }
}
