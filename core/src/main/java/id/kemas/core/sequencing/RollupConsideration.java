package id.kemas.core.sequencing;

/** {@code adlseq:rollupConsiderationType}: when a child counts for one kind of rollup. */
public enum RollupConsideration implements Token {
    ALWAYS("always"),
    IF_ATTEMPTED("ifAttempted"),
    IF_NOT_SKIPPED("ifNotSkipped"),
    IF_NOT_SUSPENDED("ifNotSuspended");

    private final String xml;

    RollupConsideration(String xml) {
        this.xml = xml;
    }

    @Override
    public String xml() {
        return xml;
    }
}
