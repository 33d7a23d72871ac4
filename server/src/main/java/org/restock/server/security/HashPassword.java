package org.restock.server.security;

import java.io.Console;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the PBKDF2 hash of a password for {@code restock.security.users[].password-hash}:
 * {@code java -cp restock-server.jar org.restock.server.security.HashPassword} (asks for it), or
 * with the password as the one argument.
 */
public final class HashPassword {

    private HashPassword() {
    }

    public static void main(String[] args) {
        char[] password;
        if (args.length == 1) {
            password = args[0].toCharArray();
        } else {
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("no console: give the password as the one argument");
            }
            password = console.readPassword("password: ");
        }
        // A tool's output is its answer; the logging rule is for the server.
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        out.println(PasswordHash.of(password).format());
    }
}
