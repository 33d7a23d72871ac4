package org.restock.domain.handling;

/**
 * What one {@link HandlingWorkflow#runDue()} did.
 *
 * @param taken    requests this worker claimed
 * @param handled  suggestions that reached HANDLED
 * @param failed   suggestions that became FAILED
 * @param deferred requests put back to be tried later (a back-off, or waiting for the rest of a bulk accept)
 * @param missed   due requests that another worker claimed first, or that were done (a bulk accept's
 *                 e-mail covers several) by the time this worker came to them
 */
public record WorkflowRun(int taken, int handled, int failed, int deferred, int missed) {

    public static final WorkflowRun NOTHING = new WorkflowRun(0, 0, 0, 0, 0);

    public WorkflowRun plus(WorkflowRun other) {
        return new WorkflowRun(taken + other.taken, handled + other.handled, failed + other.failed,
                deferred + other.deferred, missed + other.missed);
    }

    WorkflowRun withTaken() {
        return new WorkflowRun(taken + 1, handled, failed, deferred, missed);
    }
}
