package org.restock.domain.handling;

/**
 * Tells suppliers about changes (port). Throws {@link org.restock.domain.shared.DependencyFailure}
 * when the mail server cannot take the message now.
 */
public interface SupplierMailer {

    void send(SupplierNotice notice);
}
