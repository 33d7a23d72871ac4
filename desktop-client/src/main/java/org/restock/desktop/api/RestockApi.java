package org.restock.desktop.api;

import java.time.LocalDate;
import java.util.List;

/** What the workstation asks of a Restock server. Every method blocks: call it off the UI thread. */
public interface RestockApi {

    /** The signed-in user; fails with {@link ApiException.Reason#WRONG_CREDENTIALS} on a bad password. */
    String me() throws ApiException;

    /** Every suggestion, snoozed and finished ones included, and the feed position they were read at. */
    SuggestionSnapshot suggestions() throws ApiException;

    SuggestionDetail detail(String id) throws ApiException;

    Suggestion accept(String id, long version) throws ApiException;

    Suggestion dismiss(String id, long version, String reason) throws ApiException;

    Suggestion snooze(String id, long version, LocalDate until) throws ApiException;

    Suggestion resend(String id, long version) throws ApiException;

    List<BulkAcceptResult> acceptAll(List<VersionedId> items) throws ApiException;

    /** Events handled per type, handling latency, dead letters, dependency health, alerts. */
    Operations operations() throws ApiException;

    /** A suggestion and the version the planner saw. */
    record VersionedId(String id, long version) {
    }
}
