package org.restock.desktop.api;

/** Signs in to a server. Blocks: call it off the UI thread. */
@FunctionalInterface
public interface Connector {

    Session connect(ServerAddress server) throws ApiException;

    /** Over HTTP and server-sent events. */
    static Connector http() {
        return server -> {
            RestockClient client = new RestockClient(server);
            String user = client.me();
            return new Session(server, user, client, new SuggestionStreamListener(server, java.time.Duration.ofSeconds(1)));
        };
    }
}
