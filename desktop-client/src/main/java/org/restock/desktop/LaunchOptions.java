package org.restock.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code --server URL --user U [--password-file FILE]}. A password comes only
 * from a file or the {@code RESTOCK_PASSWORD} environment variable, never from the command line
 * (other users can read it there); with one the workstation signs in at once.
 */
public record LaunchOptions(String server, String user, char[] password) {

    static final String PASSWORD_VARIABLE = "RESTOCK_PASSWORD";

    public static LaunchOptions parse(List<String> args, Map<String, String> environment) {
        String server = null;
        String user = null;
        char[] password = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            switch (name) {
                case "--server" -> server = value;
                case "--user" -> user = value;
                case "--password-file" -> password = readPassword(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + arg
                        + " (use --server URL --user NAME [--password-file FILE])");
            }
        }
        if (password == null && environment.get(PASSWORD_VARIABLE) != null && !environment.get(PASSWORD_VARIABLE).isEmpty()) {
            password = environment.get(PASSWORD_VARIABLE).toCharArray();
        }
        return new LaunchOptions(server, user, password);
    }

    private static char[] readPassword(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip().toCharArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Signs in without asking when the server, the user and a password are all given. */
    public boolean signsInAtOnce() {
        return server != null && user != null && password != null && password.length > 0;
    }
}
