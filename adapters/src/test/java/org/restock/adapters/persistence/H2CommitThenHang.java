package org.restock.adapters.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.shared.EventId;

/**
 * A process the durability test kills: commits one unit of work on an H2 file database opened with
 * the embedded defaults, says so through a marker file, and waits to be killed.
 */
public final class H2CommitThenHang {

    private H2CommitThenHang() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        JdbcPersistence persistence = JdbcPersistence.open(PersistenceSettings.embeddedH2(directory));
        persistence.unitOfWork().run(() -> {
            persistence.processedMessages().markProcessed(new EventId("evt-before-kill"), "StockLevelCounted",
                    Instant.now());
            persistence.products().save(Product.unknown(new ProductId("P-1")).countStock(42, Instant.now()));
        });
        Files.writeString(directory.resolve("committed"), "yes");
        Thread.sleep(Long.MAX_VALUE);
    }
}
