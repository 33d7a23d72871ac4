package org.restock.archfixtures.adapters.persistence;

/** Breaks: named for SMTP, living in persistence. */
public final class SmtpRelay {

    public String host() {
        return "localhost";
    }
}
