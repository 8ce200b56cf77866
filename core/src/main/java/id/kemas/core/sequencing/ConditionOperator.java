package id.kemas.core.sequencing;

/** {@code operator} of a rule or rollup condition: negate it, or not. */
public enum ConditionOperator implements Token {
    NOT("not"),
    NO_OP("noOp");

    private final String xml;

    ConditionOperator(String xml) {
        this.xml = xml;
    }

    @Override
    public String xml() {
        return xml;
    }
}
