package id.kemas.core.sequencing;

/** {@code rollupAction}: the status a rollup rule gives the parent. */
public enum RollupAction implements Token {
    SATISFIED("satisfied"),
    NOT_SATISFIED("notSatisfied"),
    COMPLETED("completed"),
    INCOMPLETE("incomplete");

    private final String xml;

    RollupAction(String xml) {
        this.xml = xml;
    }

    @Override
    public String xml() {
        return xml;
    }
}
