package id.kemas.core.sequencing;

/** {@code rollupRuleConditionType}: what a rollup condition tests on each child. */
public enum RollupConditionType implements Token {
    SATISFIED("satisfied"),
    OBJECTIVE_STATUS_KNOWN("objectiveStatusKnown"),
    OBJECTIVE_MEASURE_KNOWN("objectiveMeasureKnown"),
    COMPLETED("completed"),
    ACTIVITY_PROGRESS_KNOWN("activityProgressKnown"),
    ATTEMPTED("attempted"),
    ATTEMPT_LIMIT_EXCEEDED("attemptLimitExceeded"),
    TIME_LIMIT_EXCEEDED("timeLimitExceeded"),
    OUTSIDE_AVAILABLE_TIME_RANGE("outsideAvailableTimeRange");

    private final String xml;

    RollupConditionType(String xml) {
        this.xml = xml;
    }

    @Override
    public String xml() {
        return xml;
    }
}
