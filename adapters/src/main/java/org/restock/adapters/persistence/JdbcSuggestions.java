package org.restock.adapters.persistence;

import static org.restock.adapters.persistence.Columns.at;

import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.suggestion.Explanation;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionPage;
import org.restock.domain.suggestion.SuggestionQuery;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;
import org.restock.domain.suggestion.WorkflowStep;
import org.restock.domain.supplier.SupplierId;

final class JdbcSuggestions implements Suggestions {

    private static final String COLUMNS = "id, purchase_order_id, line_id, product_id, supplier_id, planner_group, kind, "
            + "severity, proposal_type, proposal_qty_from, proposal_qty_to, proposal_date_from, proposal_date_to, "
            + "proposal_question, proposal_text, explanation_rule, explanation_text, explanation_figures, impact_units, "
            + "impact_value, status, status_reason, failed_step, snoozed_until, created_at, updated_at, version";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM suggestions ";
    private static final String INSERT = "INSERT INTO suggestions (" + COLUMNS + ") VALUES ("
            + placeholders(COLUMNS.split(", ").length) + ")";
    private static final String UPDATE = "UPDATE suggestions SET " + java.util.Arrays.stream(COLUMNS.split(", "))
            .skip(1).map(column -> column + " = ?").collect(Collectors.joining(", ")) + " WHERE id = ? AND version = ?";
    /** The domain's list order for stored suggestions: oldest first, then by id. */
    private static final String OLDEST_FIRST = " ORDER BY created_at, id";

    private final Rows rows;

    JdbcSuggestions(Rows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Suggestion> find(SuggestionId id) {
        return rows.first(SELECT + "WHERE id = ?", JdbcSuggestions::suggestion, id.value());
    }

    @Override
    public Suggestion save(Suggestion s) {
        Suggestion.Finding f = s.finding();
        ProposalColumns p = ProposalColumns.of(f.proposal());
        Object[] state = {s.line().purchaseOrderId().value(), s.line().lineId(), s.productId().value(),
                s.supplierId().value(), s.subject().plannerGroup(), f.kind().name(), f.severity().name(), p.type(),
                p.qtyFrom(), p.qtyTo(), p.dateFrom(), p.dateTo(), p.question(), f.proposal().describe(),
                f.explanation().rule(), f.explanation().text(), SuggestionJson.writeFigures(f.explanation().figures()),
                f.impactUnits(), f.impactValue(), s.status().name(), s.statusReason().orElse(null),
                s.failedStep().map(Enum::name).orElse(null), s.snoozedUntil().orElse(null), at(s.createdAt()),
                at(s.updatedAt())};
        long version = s.version();
        if (version == 0) {
            rows.insertNew("suggestion", s.id(), INSERT, Rows.concat(s.id().value(), state, 1L));
        } else {
            rows.updateAtVersion("suggestion", s.id(), version, UPDATE,
                    Rows.concat(state, version + 1, s.id().value(), version));
        }
        return s.atVersion(version + 1);
    }

    @Override
    public List<Suggestion> forLine(LineRef line) {
        return rows.list(SELECT + "WHERE purchase_order_id = ? AND line_id = ?" + OLDEST_FIRST,
                JdbcSuggestions::suggestion, line.purchaseOrderId().value(), line.lineId());
    }

    @Override
    public List<Suggestion> forProduct(ProductId productId) {
        return rows.list(SELECT + "WHERE product_id = ?" + OLDEST_FIRST, JdbcSuggestions::suggestion, productId.value());
    }

    @Override
    public List<Suggestion> withStatus(Set<SuggestionStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return rows.list(SELECT + "WHERE status IN (" + placeholders(statuses.size()) + ")" + OLDEST_FIRST,
                JdbcSuggestions::suggestion, names(statuses).toArray());
    }

    @Override
    public SuggestionPage search(SuggestionQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        long total = rows.first("SELECT COUNT(*) AS total FROM suggestions" + where,
                row -> Columns.longValue(row, "total"), params.toArray()).orElse(0L);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<Suggestion> items = rows.list(SELECT.trim() + where + " ORDER BY " + orderBy(query.sort())
                + " LIMIT ? OFFSET ?", JdbcSuggestions::suggestion, pageParams.toArray());
        return new SuggestionPage(items, total, query.page(), query.size());
    }

    @Override
    public List<SuggestionId> deleteOlderThan(Set<SuggestionStatus> statuses, Instant cutoff) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        String which = "status IN (" + placeholders(statuses.size()) + ") AND updated_at < ?";
        List<Object> params = new ArrayList<>(names(statuses));
        params.add(at(cutoff));
        return deleteWhere(which, params);
    }

    @Override
    public List<SuggestionId> deleteAllExcept(Set<SuggestionStatus> kept) {
        if (kept.isEmpty()) {
            return deleteWhere("1 = 1", List.of());
        }
        return deleteWhere("status NOT IN (" + placeholders(kept.size()) + ")", new ArrayList<>(names(kept)));
    }

    /** Deletes row by row under the same condition, so the ids returned are exactly the rows deleted. */
    private List<SuggestionId> deleteWhere(String condition, List<Object> params) {
        return rows.inTransaction(() -> {
            List<SuggestionId> candidates = rows.list("SELECT id FROM suggestions WHERE " + condition + OLDEST_FIRST,
                    row -> new SuggestionId(Columns.string(row, "id")), params.toArray());
            List<SuggestionId> deleted = new ArrayList<>();
            for (SuggestionId id : candidates) {
                List<Object> byId = new ArrayList<>(params);
                byId.add(id.value());
                if (rows.dml("DELETE FROM suggestions WHERE " + condition + " AND id = ?", byId.toArray()) == 1) {
                    deleted.add(id);
                }
            }
            return deleted;
        });
    }

    private static String where(SuggestionQuery query, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            conditions.add("status IN (" + placeholders(query.statuses().size()) + ")");
            params.addAll(names(query.statuses()));
        }
        if (!query.kinds().isEmpty()) {
            conditions.add("kind IN (" + placeholders(query.kinds().size()) + ")");
            params.addAll(names(query.kinds()));
        }
        query.supplierId().ifPresent(id -> {
            conditions.add("supplier_id = ?");
            params.add(id.value());
        });
        query.productId().ifPresent(id -> {
            conditions.add("product_id = ?");
            params.add(id.value());
        });
        query.plannerGroup().ifPresent(group -> {
            conditions.add("planner_group = ?");
            params.add(group);
        });
        query.text().ifPresent(text -> {
            String pattern = "%" + likeEscaped(text.toLowerCase(Locale.ROOT)) + "%";
            List<String> fields = List.of("product_id", "supplier_id", "purchase_order_id", "planner_group",
                    "proposal_text");
            conditions.add("(" + fields.stream().map(f -> "LOWER(" + f + ") LIKE ? ESCAPE '!'")
                    .collect(Collectors.joining(" OR ")) + ")");
            fields.forEach(f -> params.add(pattern));
        });
        if (!query.includeSnoozed()) {
            conditions.add("(snoozed_until IS NULL OR snoozed_until <= ?)");
            params.add(query.today());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Every order ends with the id, so pages are stable; enums sort in their declared order. */
    private static String orderBy(SuggestionQuery.Sort sort) {
        String first = switch (sort) {
            case SEVERITY -> rank("severity", Severity.values()) + ", " + rank("kind", SuggestionKind.values())
                    + ", created_at";
            case UPDATED -> "updated_at DESC";
            case CREATED -> "created_at";
            case KIND -> rank("kind", SuggestionKind.values());
            case PRODUCT -> "product_id";
            case SUPPLIER -> "supplier_id";
            case STATUS -> rank("status", SuggestionStatus.values());
        };
        return first + ", id";
    }

    private static String rank(String column, Enum<?>[] values) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (Enum<?> value : values) {
            sql.append(" WHEN '").append(value.name()).append("' THEN ").append(value.ordinal());
        }
        return sql.append(" END").toString();
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static Suggestion suggestion(DbRow row) {
        var subject = new Suggestion.Subject(
                new LineRef(new PurchaseOrderId(Columns.string(row, "purchase_order_id")), Columns.string(row, "line_id")),
                new ProductId(Columns.string(row, "product_id")), new SupplierId(Columns.string(row, "supplier_id")),
                Columns.string(row, "planner_group"));
        var proposal = new ProposalColumns(Columns.string(row, "proposal_type"),
                Columns.optionalLong(row, "proposal_qty_from").orElse(null),
                Columns.optionalLong(row, "proposal_qty_to").orElse(null),
                Columns.optionalDate(row, "proposal_date_from").orElse(null),
                Columns.optionalDate(row, "proposal_date_to").orElse(null),
                Columns.optionalString(row, "proposal_question").orElse(null)).toProposal();
        var finding = new Suggestion.Finding(SuggestionKind.valueOf(Columns.string(row, "kind")),
                Severity.valueOf(Columns.string(row, "severity")), proposal,
                new Explanation(Columns.string(row, "explanation_rule"), Columns.string(row, "explanation_text"),
                        SuggestionJson.readFigures(Columns.string(row, "explanation_figures"))),
                Columns.longValue(row, "impact_units"), Columns.decimal(row, "impact_value"));
        return Suggestion.rehydrate(new SuggestionId(Columns.string(row, "id")), subject, finding,
                SuggestionStatus.valueOf(Columns.string(row, "status")),
                Columns.optionalString(row, "status_reason").orElse(null),
                Columns.optionalString(row, "failed_step").map(WorkflowStep::valueOf).orElse(null),
                Columns.optionalDate(row, "snoozed_until").orElse(null),
                Columns.instant(row, "created_at"), Columns.instant(row, "updated_at"),
                Columns.longValue(row, "version"));
    }
}
