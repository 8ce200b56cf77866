package id.kemas.core.sequencing;

/** {@code randomTimingType}: when children are selected or reordered. */
public enum RandomizationTiming implements Token {
    NEVER("never"),
    ONCE("once"),
    ON_EACH_NEW_ATTEMPT("onEachNewAttempt");

    private final String xml;

    RandomizationTiming(String xml) {
        this.xml = xml;
    }

    @Override
    public String xml() {
        return xml;
    }
}
