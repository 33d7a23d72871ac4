package org.restock.desktop.api;

/** A signed-in connection to one server: its API and its live stream. */
public record Session(ServerAddress server, String user, RestockApi api, SuggestionFeed feed) {
}
