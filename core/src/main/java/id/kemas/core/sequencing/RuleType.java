package id.kemas.core.sequencing;

/** The three kinds of sequencing rule, named by their element. */
public enum RuleType implements Token {
    /** Evaluated before an activity is delivered or traversed: skip it, disable it, hide it, stop flow. */
    PRE("preConditionRule"),
    /** Evaluated on the ancestors of an activity that ends: exit the cluster. */
    EXIT("exitConditionRule"),
    /** Evaluated when an activity's attempt ends: where to go next. */
    POST("postConditionRule");

    private final String xml;

    RuleType(String xml) {
        this.xml = xml;
    }

    @Override
    public String xml() {
        return xml;
    }
}
