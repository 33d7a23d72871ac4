package org.restock.archfixtures.adapters.mail;

import org.restock.archfixtures.server.Wiring;

/** Breaks: an adapter that depends on the server. */
public final class MailerThatReadsTheServer {

    public String sender(Wiring wiring) {
        return wiring.toString();
    }
}
