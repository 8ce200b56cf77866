package id.kemas.core.sequencing;

/** {@code childActivitySet}: how many of the children must meet a rollup rule's conditions. */
public enum ChildActivitySet implements Token {
    ALL("all"),
    ANY("any"),
    NONE("none"),
    AT_LEAST_COUNT("atLeastCount"),
    AT_LEAST_PERCENT("atLeastPercent");

    private final String xml;

    ChildActivitySet(String xml) {
        this.xml = xml;
    }

    @Override
    public String xml() {
        return xml;
    }
}
