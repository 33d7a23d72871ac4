package org.restock.archfixtures.adapters.mail;

import org.restock.archfixtures.adapters.persistence.JdbcProducts;
import org.restock.archfixtures.domain.product.Products;

/** Breaks: one adapter package using and building another's class. */
public final class MailerThatStoresProducts {

    public Products store() {
        return new JdbcProducts();
    }
}
