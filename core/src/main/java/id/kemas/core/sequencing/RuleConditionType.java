package id.kemas.core.sequencing;

/** {@code sequencingRuleConditionType}: what a sequencing rule condition tests. */
public enum RuleConditionType implements Token {
    SATISFIED("satisfied", Reads.SATISFACTION),
    OBJECTIVE_STATUS_KNOWN("objectiveStatusKnown", Reads.SATISFACTION),
    OBJECTIVE_MEASURE_KNOWN("objectiveMeasureKnown", Reads.MEASURE),
    OBJECTIVE_MEASURE_GREATER_THAN("objectiveMeasureGreaterThan", Reads.MEASURE),
    OBJECTIVE_MEASURE_LESS_THAN("objectiveMeasureLessThan", Reads.MEASURE),
    /** In 4th Edition, with a referenced objective, tests that objective's completion status. */
    COMPLETED("completed", Reads.COMPLETION),
    ACTIVITY_PROGRESS_KNOWN("activityProgressKnown", Reads.COMPLETION),
    ATTEMPTED("attempted", Reads.ACTIVITY),
    ATTEMPT_LIMIT_EXCEEDED("attemptLimitExceeded", Reads.ACTIVITY),
    TIME_LIMIT_EXCEEDED("timeLimitExceeded", Reads.ACTIVITY),
    OUTSIDE_AVAILABLE_TIME_RANGE("outsideAvailableTimeRange", Reads.ACTIVITY),
    ALWAYS("always", Reads.ACTIVITY);

    /** Which tracking information a condition looks at. */
    public enum Reads {
        /** The objective's satisfied status (of the referenced objective, else the primary). */
        SATISFACTION,
        /** The objective's normalized measure. */
        MEASURE,
        /** The objective's completion status (4th Edition) or the activity's attempt progress. */
        COMPLETION,
        /** The activity's own state; a referenced objective is ignored. */
        ACTIVITY
    }

    private final String xml;
    private final Reads reads;

    RuleConditionType(String xml, Reads reads) {
        this.xml = xml;
        this.reads = reads;
    }

    @Override
    public String xml() {
        return xml;
    }

    public Reads reads() {
        return reads;
    }

    /** Whether {@code measureThreshold} means anything for this condition. */
    public boolean usesThreshold() {
        return this == OBJECTIVE_MEASURE_GREATER_THAN || this == OBJECTIVE_MEASURE_LESS_THAN;
    }

    /** Whether a referenced objective changes what this condition tests. */
    public boolean usesObjective() {
        return reads != Reads.ACTIVITY;
    }
}
