package id.kemas.core.problem;

import java.util.Objects;

/**
 * One thing wrong with the input, as the user sees it: a stable message ID, a severity,
 * a location, the message and a hint that says what to do.
 */
public record Problem(String id, Severity severity, Location location, String message, String hint) {

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        location = location == null ? Location.NONE : location;
        message = message == null ? "" : message;
        hint = hint == null ? "" : hint;
    }

    /** {@code file:line:col: error KMS-001: message}. */
    public String headline() {
        String where = location.toString();
        return (where.isEmpty() ? "" : where + ": ") + severity.word() + " " + id + ": " + message;
    }
}
