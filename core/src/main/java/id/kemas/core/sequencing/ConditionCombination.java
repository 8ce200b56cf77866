package id.kemas.core.sequencing;

/** {@code conditionCombination} of rule conditions: every condition must hold, or any one. */
public enum ConditionCombination implements Token {
    ALL("all"),
    ANY("any");

    private final String xml;

    ConditionCombination(String xml) {
        this.xml = xml;
    }

    @Override
    public String xml() {
        return xml;
    }
}
