package org.restock.archfixtures.domain.product;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks: the domain depends only on the JDK. */
public final class ProductLogger {

    private static final Logger LOG = LoggerFactory.getLogger(ProductLogger.class);

    public void log(Product product) {
        LOG.info("product {}", product.id());
    }
}
