package org.restock.desktop.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Where the server is and who signs in: the base URI (without {@code /api/v1}) and HTTP Basic credentials. */
public record ServerAddress(URI baseUri, String user, char[] password) {

    public ServerAddress {
        if (baseUri == null || baseUri.getScheme() == null || baseUri.getHost() == null) {
            throw new IllegalArgumentException("a server address looks like http://host:8080");
        }
        String text = baseUri.toString();
        baseUri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** Parses what a planner typed; {@code localhost:8080} means {@code http://localhost:8080}. */
    public static URI parseUri(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("enter the server address, e.g. http://localhost:8080");
        }
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + typed + "' is not a server address");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("the server address must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + typed + "' names no host");
        }
        return uri;
    }

    public URI api(String path) {
        return URI.create(baseUri + "/api/v1" + path);
    }

    public String authorization() {
        String pair = user + ":" + new String(password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return user + "@" + baseUri;
    }
}
