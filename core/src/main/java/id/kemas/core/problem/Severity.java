package id.kemas.core.problem;

/** How bad a problem is. Ordered from most to least severe. */
public enum Severity {
    FATAL, ERROR, WARNING, INFO;

    /** The lower-case word used in reports ("error", "warning"). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
