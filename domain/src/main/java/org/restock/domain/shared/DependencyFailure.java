package org.restock.domain.shared;

/**
 * A dependency (database, broker, PO service, mail server) failed for a reason that may pass:
 * retry later. Adapters throw it; the edges map it (roll back and redeliver, 503, FAILED step).
 */
public final class DependencyFailure extends RuntimeException {

    private final String dependency;

    public DependencyFailure(String dependency, String message, Throwable cause) {
        super(dependency + ": " + message, cause);
        this.dependency = dependency;
    }

    public DependencyFailure(String dependency, String message) {
        this(dependency, message, null);
    }

    public String dependency() {
        return dependency;
    }
}
