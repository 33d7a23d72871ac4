package org.restock.publisher;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * What the stream talks about: products with their suppliers, and open purchase orders with their
 * lines. The server hands in its demo data; the command line makes a synthetic one.
 */
public record Catalogue(List<Product> products, List<Order> orders) {

    public Catalogue {
        products = List.copyOf(products);
        orders = List.copyOf(orders);
        if (products.isEmpty()) {
            throw new IllegalArgumentException("a catalogue needs at least one product");
        }
    }

    public record Product(String productId, String name, String supplierId, String plannerGroup, double dailyDemand,
                          long reorderLevel, long safetyStock, int leadTimeDays, long minOrderQty, BigDecimal unitCost,
                          long onHand) {
        public Product {
            Objects.requireNonNull(productId, "product id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(supplierId, "supplier id");
            Objects.requireNonNull(plannerGroup, "planner group");
            Objects.requireNonNull(unitCost, "unit cost");
        }
    }

    public record Order(String purchaseOrderId, String supplierId, long orderVersion, List<Line> lines) {
        public Order {
            Objects.requireNonNull(purchaseOrderId, "purchase order id");
            Objects.requireNonNull(supplierId, "supplier id");
            lines = List.copyOf(lines);
        }
    }

    public record Line(String lineId, String productId, long orderedQty, long receivedQty, LocalDate expectedDelivery) {
        public Line {
            Objects.requireNonNull(lineId, "line id");
            Objects.requireNonNull(productId, "product id");
            Objects.requireNonNull(expectedDelivery, "expected delivery");
        }
    }

    private static final String[] GOODS = {"Garden hose", "Watering can", "Seed tray", "Pruning shears", "Rake",
        "Plant pot", "Compost bin", "Hedge trimmer", "Wheelbarrow", "Sprinkler", "Trowel", "Bird feeder"};
    private static final String[] GROUPS = {"garden", "tools", "outdoor", "seasonal"};

    /** A synthetic catalogue, the same for the same arguments. */
    public static Catalogue synthetic(int productCount, int supplierCount, int orderCount, long seed, LocalDate today) {
        if (productCount < 1 || supplierCount < 1 || orderCount < 0) {
            throw new IllegalArgumentException("need products >= 1, suppliers >= 1, orders >= 0");
        }
        var random = new Random(seed);
        List<Product> products = new ArrayList<>();
        for (int i = 1; i <= productCount; i++) {
            double demand = 1 + random.nextInt(40);
            int leadTime = 5 + random.nextInt(25);
            products.add(new Product(String.format("P-%05d", i),
                    GOODS[random.nextInt(GOODS.length)] + " " + (10 + random.nextInt(90)),
                    String.format("S-%03d", 1 + random.nextInt(supplierCount)), GROUPS[random.nextInt(GROUPS.length)],
                    demand, Math.round(demand * leadTime / 2), Math.round(demand * 3), leadTime,
                    random.nextBoolean() ? 0 : 10L * (1 + random.nextInt(5)),
                    BigDecimal.valueOf(50 + random.nextInt(5000)).divide(BigDecimal.valueOf(100), 2, RoundingMode.UNNECESSARY),
                    Math.round(demand * random.nextInt(60))));
        }
        List<Order> orders = new ArrayList<>();
        for (int i = 1; i <= orderCount; i++) {
            Product first = products.get(random.nextInt(products.size()));
            List<Product> sameSupplier = products.stream().filter(p -> p.supplierId().equals(first.supplierId())).toList();
            List<Line> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(Math.min(3, sameSupplier.size()));
            for (int l = 1; l <= lineCount; l++) {
                Product product = l == 1 ? first : sameSupplier.get(random.nextInt(sameSupplier.size()));
                lines.add(new Line(String.valueOf(l), product.productId(),
                        Math.max(10, Math.round(product.dailyDemand() * (10 + random.nextInt(40)))), 0,
                        today.plusDays(random.nextInt(60) - 10L)));
            }
            orders.add(new Order(String.format("PO-%06d", i), first.supplierId(), 1, lines));
        }
        return new Catalogue(products, orders);
    }
}
