package org.restock.adapters.centraldb.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.restock.domain.product.DailyForecast;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;

/**
 * Builds the demo data set from a seed, relative to a day: 40 suppliers, 200 products and 600
 * open order lines. Most products are {@link DemoScenario#ROUTINE}: their deliveries arrive about
 * when stock reaches safety stock, so the review finds nothing. A few of every other scenario are
 * built, with margins, so that each suggestion kind fires several times under
 * {@code ReviewSettings.defaults()} (docs/adr/0026-demo-data-set-built-by-scenario.md has the arithmetic).
 *
 * <p>Deterministic: {@link Random} with a seed gives the same sequence on every JVM, and nothing
 * here iterates a hash order.
 */
public final class DemoDataGenerator {

    public static final int SUPPLIERS = 40;
    public static final int PRODUCTS = 200;
    public static final int OPEN_LINES = 600;

    /** Products per scenario other than routine; the rest are routine. */
    static final Map<DemoScenario, Integer> SPECIAL_PRODUCTS = specialProducts();

    /** Whole units of a product per day; a weekly pattern whose factors sum to exactly 7 keeps the mean exact. */
    private static final double[] WEEKLY_PATTERN = {1.25, 1.0, 1.0, 1.0, 1.25, 0.75, 0.75};
    /** Days between two orders to the same supplier. */
    static final int ORDER_CYCLE_DAYS = 14;
    private static final int[] PACK_SIZES = {1, 5, 6, 10, 12, 20, 24, 25, 48, 50, 100};

    private final Random random;
    private final LocalDate today;
    private final Instant asOf;

    private DemoDataGenerator(long seed, LocalDate today, Instant asOf) {
        this.random = new Random(seed);
        this.today = today;
        this.asOf = asOf;
    }

    /** The data set for the clock's current day; stock counted as of the clock's instant. */
    public static DemoData generate(long seed, Clock clock) {
        return generate(seed, LocalDate.now(clock), clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    public static DemoData generate(long seed, LocalDate today, Instant stockAsOf) {
        return new DemoDataGenerator(seed, today, stockAsOf).build(seed);
    }

    private static Map<DemoScenario, Integer> specialProducts() {
        Map<DemoScenario, Integer> counts = new EnumMap<>(DemoScenario.class);
        counts.put(DemoScenario.EXPEDITE, 9);
        counts.put(DemoScenario.POSTPONE, 9);
        counts.put(DemoScenario.CANCEL, 8);
        counts.put(DemoScenario.REDUCE_QUANTITY, 8);
        counts.put(DemoScenario.PAST_DUE, 9);
        counts.put(DemoScenario.STALE_ORDER, 6);
        counts.put(DemoScenario.SHORT_REMAINDER, 5);
        counts.put(DemoScenario.NO_DEMAND, 4);
        counts.put(DemoScenario.DISCONTINUED, 4);
        return Collections.unmodifiableMap(counts);
    }

    /** A line before it is placed in an order; {@code due} and {@code orderedOn} are days from today. */
    private record PlannedLine(ProductId product, SupplierId supplier, long orderedQty, long receivedQty, int due,
                               int orderedOn, SuggestionKind intended) {
    }

    /** A product's plan: stock in days of demand above safety stock, and its lines. */
    private record Plan(int leadTime, long onHand, List<PlannedLine> lines) {
    }

    /** What every product's figures start from: demand {@code d}, safety stock in days, pack size. */
    private record Base(ProductId id, SupplierId supplier, long demand, int safetyDays, long minOrderQty) {
        long safetyStock() {
            return demand * safetyDays;
        }
    }

    private DemoData build(long seed) {
        List<Supplier> suppliers = new ArrayList<>();
        List<DemoNames.Category> supplierCategory = new ArrayList<>();
        List<String> companies = shuffled(DemoNames.COMPANIES);
        for (int i = 0; i < SUPPLIERS; i++) {
            DemoNames.Category category = DemoNames.CATEGORIES.get(i % DemoNames.CATEGORIES.size());
            String company = companies.get(i);
            String name = company + " " + category.tradeWord() + " " + pick(DemoNames.LEGAL_FORMS);
            String email = pick(DemoNames.MAILBOXES) + "@" + DemoNames.slug(company) + ".example";
            suppliers.add(Supplier.of(new SupplierId(String.format(Locale.ROOT, "SUP-%03d", 101 + i)), name, email));
            supplierCategory.add(category);
        }

        List<DemoScenario> scenarios = new ArrayList<>();
        SPECIAL_PRODUCTS.forEach((scenario, count) -> scenarios.addAll(Collections.nCopies(count, scenario)));
        while (scenarios.size() < PRODUCTS) {
            scenarios.add(DemoScenario.ROUTINE);
        }
        Collections.shuffle(scenarios, random);

        Map<DemoNames.Category, List<String>> namesLeft = new LinkedHashMap<>();
        for (DemoNames.Category category : DemoNames.CATEGORIES) {
            List<String> names = new ArrayList<>();
            for (String product : category.products()) {
                for (String variant : category.variants()) {
                    names.add(product + ", " + variant);
                }
            }
            namesLeft.put(category, shuffled(names));
        }

        // Special products first: their line counts decide how many lines the routine ones get.
        List<Base> bases = new ArrayList<>();
        Plan[] plans = new Plan[PRODUCTS];
        int specialLines = 0;
        for (int i = 0; i < PRODUCTS; i++) {
            SupplierId supplier = suppliers.get(i % SUPPLIERS).id();
            long demand = demand();
            var id = new ProductId(String.format(Locale.ROOT, "SKU-%05d", 10001 + i));
            bases.add(new Base(id, supplier, demand, between(3, 10), packSize(demand)));
            if (scenarios.get(i) != DemoScenario.ROUTINE) {
                plans[i] = plan(scenarios.get(i), bases.get(i));
                specialLines += plans[i].lines().size();
            }
        }
        int[] routineLines = routineLineCounts(scenarios, OPEN_LINES - specialLines);
        for (int i = 0; i < PRODUCTS; i++) {
            if (scenarios.get(i) == DemoScenario.ROUTINE) {
                plans[i] = routine(bases.get(i), routineLines[i], null);
            }
        }

        List<DemoProduct> products = new ArrayList<>();
        List<PlannedLine> planned = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            DemoNames.Category category = supplierCategory.get(i % SUPPLIERS);
            DemoScenario scenario = scenarios.get(i);
            Base base = bases.get(i);
            Plan plan = plans[i];
            var information = new ProductInformation(
                    namesLeft.get(category).removeFirst(),
                    base.supplier(),
                    category.plannerGroup(),
                    forecast(scenario == DemoScenario.NO_DEMAND ? 0 : base.demand()),
                    base.safetyStock() + base.demand() * plan.leadTime(),
                    base.safetyStock(),
                    plan.leadTime(),
                    base.minOrderQty(),
                    unitCost(category),
                    scenario == DemoScenario.DISCONTINUED);
            products.add(new DemoProduct(base.id(), information, plan.onHand(), asOf, scenario));
            planned.addAll(plan.lines());
        }
        Map<LineRef, SuggestionKind> intended = new LinkedHashMap<>();
        List<PurchaseOrderSnapshot> orders = placeInOrders(planned, suppliers, intended);
        return new DemoData(seed, today, suppliers, products, orders, intended);
    }

    /** Lines per routine product, 2..6 each, adding up to the given total. */
    private int[] routineLineCounts(List<DemoScenario> scenarios, int total) {
        int[] counts = new int[scenarios.size()];
        List<Integer> routine = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i) == DemoScenario.ROUTINE) {
                counts[i] = between(2, 6);
                sum += counts[i];
                routine.add(i);
            }
        }
        if (total < 2 * routine.size() || total > 6 * routine.size()) {
            throw new IllegalStateException("cannot spread " + total + " lines over " + routine.size() + " products");
        }
        while (sum != total) {
            int i = pick(routine);
            int step = sum < total ? 1 : -1;
            if (counts[i] + step >= 2 && counts[i] + step <= 6) {
                counts[i] += step;
                sum += step;
            }
        }
        return counts;
    }

    private Plan plan(DemoScenario scenario, Base b) {
        return switch (scenario) {
            case ROUTINE -> routine(b, between(2, 6), null);
            case DISCONTINUED -> routine(b, between(1, 2), SuggestionKind.REVIEW_NO_DEMAND);
            case EXPEDITE -> expedite(b);
            case POSTPONE -> postpone(b);
            case CANCEL -> cancel(b);
            case REDUCE_QUANTITY -> reduce(b);
            case PAST_DUE -> pastDue(b);
            case STALE_ORDER -> staleOrder(b);
            case SHORT_REMAINDER -> shortRemainder(b);
            case NO_DEMAND -> noDemand(b);
        };
    }

    /**
     * Each line arrives within a couple of days of the day stock would reach safety stock without
     * it (slack −1..+2), every line but the last within one lead time (the shortage horizon), and
     * stock plus all inbound stays below lead time + 28 days of demand (no excess).
     */
    private Plan routine(Base b, int lines, SuggestionKind intended) {
        int leadTime = between(Math.max(14, 8 + 4 * (lines - 2)), 35);
        boolean arrivingToday = chance(0.15);
        int need = arrivingToday ? between(0, 1) : between(2, 7);
        long onHand = b.safetyStock() + b.demand() * need;
        List<PlannedLine> planned = new ArrayList<>();
        for (int k = 0; k < lines; k++) {
            int slack = arrivingToday && k == 0 ? need : between(-1, 2);
            int due = need - slack;
            int laterWithinHorizon = lines - 2 - k;
            int gap;
            if (k == lines - 1) {
                gap = between(7, Math.max(7, Math.min(21, leadTime + 28 - need)));
            } else if (laterWithinHorizon > 0) {
                gap = between(4, Math.max(4, Math.min(14, (leadTime - 1 - need) / laterWithinHorizon)));
            } else {
                gap = between(4, 14);
            }
            long received = arrivingToday && k == 0 ? b.demand() * between(2, 10) : 0;
            planned.add(new PlannedLine(b.id(), b.supplier(), b.demand() * gap + received, received, due,
                    orderedOn(due, leadTime), intended));
            need += gap;
        }
        return new Plan(leadTime, onHand, planned);
    }

    /** Stock reaches safety stock 4..14 days before the only line arrives. */
    private Plan expedite(Base b) {
        int leadTime = between(14, 28);
        int need = between(1, 6);
        int due = need + between(4, 14);
        return new Plan(leadTime, b.safetyStock() + b.demand() * need,
                List.of(line(b, b.demand() * between(10, 20), 0, due, orderedOn(due, leadTime), SuggestionKind.EXPEDITE)));
    }

    /** Stock lasts 23+ days; the line is due 16+ days before that, yet total cover stays below the excess target. */
    private Plan postpone(Base b) {
        int leadTime = between(14, 28);
        int need = between(23, leadTime + 20);
        int due = between(7, need - 16);
        int cover = between(5, leadTime + 32 - need);
        return new Plan(leadTime, b.safetyStock() + b.demand() * need,
                List.of(line(b, b.demand() * cover, 0, due, orderedOn(due, leadTime), SuggestionKind.POSTPONE)));
    }

    /** Stock alone covers lead time + 32..55 days. */
    private Plan cancel(Base b) {
        int leadTime = between(10, 21);
        int need = leadTime + 30 + between(2, 25);
        int due = between(7, 40);
        return new Plan(leadTime, b.safetyStock() + b.demand() * need,
                List.of(line(b, b.demand() * between(10, 30), 0, due, orderedOn(due, leadTime), SuggestionKind.CANCEL)));
    }

    /** One line orders 6..20 days of demand more than the target, and what remains stays above the MOQ. */
    private Plan reduce(Base b) {
        int leadTime = between(10, 21);
        int need = between(5, 12);
        int due = between(7, 14);
        int excessDays = between(6, 20);
        long ordered = b.demand() * (excessDays + leadTime + 30 - need);
        return new Plan(leadTime, b.safetyStock() + b.demand() * need,
                List.of(line(b, ordered, 0, due, orderedOn(due, leadTime), SuggestionKind.REDUCE_QUANTITY)));
    }

    /** A line 4..20 days late on an order a few weeks old; sometimes a routine line after it. */
    private Plan pastDue(Base b) {
        int leadTime = between(7, 21);
        int need = between(-3, 8);
        int due = -between(4, 20);
        int cover = between(7, 14);
        List<PlannedLine> lines = new ArrayList<>();
        lines.add(line(b, b.demand() * cover, 0, due, due - leadTime - between(0, 5), SuggestionKind.PAST_DUE));
        if (chance(0.5)) {
            int nextDue = need + cover - between(-1, 2);
            lines.add(line(b, b.demand() * between(5, 10), 0, nextDue, orderedOn(nextDue, leadTime), null));
        }
        return new Plan(leadTime, b.safetyStock() + b.demand() * need, lines);
    }

    /** A line 10..60 days late on an order 100..160 days old, while stock covers at least the lead time. */
    private Plan staleOrder(Base b) {
        int leadTime = between(7, 21);
        int need = between(leadTime, leadTime + 10);
        int due = -between(10, 60);
        return new Plan(leadTime, b.safetyStock() + b.demand() * need,
                List.of(line(b, b.demand() * between(5, 15), 0, due, -between(100, 160), SuggestionKind.CANCEL_STALE)));
    }

    /** A late line of which only a few units (under 10 % of the order) are still open. */
    private Plan shortRemainder(Base b) {
        int leadTime = between(10, 21);
        int need = between(3, 10);
        int due = -between(3, 15);
        long ordered = Math.max(30, b.demand() * between(10, 30));
        long open = between(1, (int) Math.ceil(ordered * 0.1) - 1);
        return new Plan(leadTime, b.safetyStock() + b.demand() * need,
                List.of(line(b, ordered, ordered - open, due, due - leadTime - between(0, 5),
                        SuggestionKind.CANCEL_STALE)));
    }

    /** No forecast demand, one or two lines due ahead. */
    private Plan noDemand(Base b) {
        int leadTime = between(10, 30);
        List<PlannedLine> lines = new ArrayList<>();
        int count = between(1, 2);
        for (int k = 0; k < count; k++) {
            int due = between(3, 40);
            lines.add(line(b, Math.max(b.minOrderQty(), 10L * between(2, 20)), 0, due, orderedOn(due, leadTime),
                    SuggestionKind.REVIEW_NO_DEMAND));
        }
        return new Plan(leadTime, 10L * between(0, 20), lines);
    }

    private static PlannedLine line(Base b, long ordered, long received, int due, int orderedOn, SuggestionKind intended) {
        return new PlannedLine(b.id(), b.supplier(), ordered, received, due, orderedOn, intended);
    }

    /** Placed about a lead time before it is due, never in the future. */
    private int orderedOn(int due, int leadTime) {
        return Math.min(-between(1, 10), due - leadTime - between(0, 6));
    }

    /**
     * Groups a supplier's lines into orders: each supplier is ordered from every {@value #ORDER_CYCLE_DAYS}
     * days, so a line is placed on the last ordering day before it was needed; lines placed on the same
     * day share an order (up to eight lines; a product may have several delivery dates in one order).
     */
    private List<PurchaseOrderSnapshot> placeInOrders(List<PlannedLine> planned, List<Supplier> suppliers,
                                                      Map<LineRef, SuggestionKind> intended) {
        record Draft(SupplierId supplier, int orderedOn, List<PlannedLine> lines) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (Supplier supplier : suppliers) {
            int cycleOffset = between(0, ORDER_CYCLE_DAYS - 1);
            List<PlannedLine> ofSupplier = new ArrayList<>();
            for (PlannedLine line : planned) {
                if (line.supplier().equals(supplier.id())) {
                    int orderingDay = line.orderedOn() - Math.floorMod(line.orderedOn() - cycleOffset, ORDER_CYCLE_DAYS);
                    ofSupplier.add(new PlannedLine(line.product(), line.supplier(), line.orderedQty(),
                            line.receivedQty(), line.due(), orderingDay, line.intended()));
                }
            }
            ofSupplier.sort(Comparator.comparingInt(PlannedLine::orderedOn).thenComparing(l -> l.product().value()));
            Draft current = null;
            for (PlannedLine line : ofSupplier) {
                if (current == null || current.lines().size() >= 8 || line.orderedOn() != current.orderedOn()) {
                    current = new Draft(supplier.id(), line.orderedOn(), new ArrayList<>());
                    drafts.add(current);
                }
                current.lines().add(line);
            }
        }
        drafts.sort(Comparator.comparingInt(Draft::orderedOn).thenComparing(d -> d.supplier().value()));
        List<PurchaseOrderSnapshot> orders = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            var orderId = new PurchaseOrderId("PO-" + (4_500_100 + i));
            List<PurchaseOrderLine> lines = new ArrayList<>();
            for (int k = 0; k < draft.lines().size(); k++) {
                PlannedLine line = draft.lines().get(k);
                String lineId = String.valueOf(10 * (k + 1));
                lines.add(new PurchaseOrderLine(lineId, line.product(), line.orderedQty(), line.receivedQty(),
                        today.plusDays(line.due()), LineStatus.OPEN));
                if (line.intended() != null) {
                    intended.put(new LineRef(orderId, lineId), line.intended());
                }
            }
            orders.add(new PurchaseOrderSnapshot(orderId, draft.supplier(), between(1, 3), today.plusDays(draft.orderedOn()),
                    lines));
        }
        return orders;
    }

    /** Slow movers 1..4 a day, most 5..15, fast movers 16..60. */
    private long demand() {
        double tier = random.nextDouble();
        return tier < 0.35 ? between(1, 4) : tier < 0.75 ? between(5, 15) : between(16, 60);
    }

    /** A pack size at most four days of demand, so routine lines (4+ days each) meet it. */
    private long packSize(long demand) {
        List<Integer> fitting = new ArrayList<>();
        for (int size : PACK_SIZES) {
            if (size <= 4 * demand) {
                fitting.add(size);
            }
        }
        return pick(fitting);
    }

    private DailyForecast forecast(long demand) {
        if (!chance(0.4)) {
            return DailyForecast.of(demand);
        }
        List<Double> week = new ArrayList<>();
        for (double factor : WEEKLY_PATTERN) {
            week.add(demand * factor);
        }
        return new DailyForecast(week);
    }

    private BigDecimal unitCost(DemoNames.Category category) {
        double cost = category.minUnitCost() + random.nextDouble() * (category.maxUnitCost() - category.minUnitCost());
        return BigDecimal.valueOf(cost).setScale(2, RoundingMode.HALF_UP);
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> List<T> shuffled(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }
}
