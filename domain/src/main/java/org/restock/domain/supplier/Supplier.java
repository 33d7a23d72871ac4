package org.restock.domain.supplier;

import java.util.Objects;
import org.restock.domain.shared.InvalidValue;

/** Who delivers, and where their notices go. {@code version} is the stored row version. */
public record Supplier(SupplierId id, String name, String email, long version) {

    public Supplier {
        Objects.requireNonNull(id, "supplier id");
        InvalidValue.requireText(name, "supplier name");
        InvalidValue.requireText(email, "supplier e-mail");
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidValue("supplier e-mail is not an address: " + email);
        }
        InvalidValue.requireNotNegative(version, "version");
    }

    public static Supplier of(SupplierId id, String name, String email) {
        return new Supplier(id, name, email, 0);
    }

    public Supplier withContact(String newName, String newEmail) {
        return new Supplier(id, newName, newEmail, version);
    }

    public Supplier atVersion(long newVersion) {
        return new Supplier(id, name, email, newVersion);
    }
}
