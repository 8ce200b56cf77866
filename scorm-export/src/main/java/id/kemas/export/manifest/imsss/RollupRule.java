package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code imsss:rollupRule}: if the children in the set meet the conditions, take the action. */
@XmlType(propOrder = {"conditions", "action"})
public final class RollupRule {

    /** {@code childActivitySet}. */
    @XmlEnum
    @XmlType(name = "childActivityType")
    public enum ChildActivitySet {
        @XmlEnumValue("all") ALL,
        @XmlEnumValue("any") ANY,
        @XmlEnumValue("none") NONE,
        @XmlEnumValue("atLeastCount") AT_LEAST_COUNT,
        @XmlEnumValue("atLeastPercent") AT_LEAST_PERCENT
    }

    /** {@code rollupRuleConditionType}. */
    @XmlEnum
    @XmlType(name = "rollupRuleConditionType")
    public enum Condition {
        @XmlEnumValue("satisfied") SATISFIED,
        @XmlEnumValue("objectiveStatusKnown") OBJECTIVE_STATUS_KNOWN,
        @XmlEnumValue("objectiveMeasureKnown") OBJECTIVE_MEASURE_KNOWN,
        @XmlEnumValue("completed") COMPLETED,
        @XmlEnumValue("activityProgressKnown") ACTIVITY_PROGRESS_KNOWN,
        @XmlEnumValue("attempted") ATTEMPTED,
        @XmlEnumValue("attemptLimitExceeded") ATTEMPT_LIMIT_EXCEEDED,
        @XmlEnumValue("timeLimitExceeded") TIME_LIMIT_EXCEEDED,
        @XmlEnumValue("outsideAvailableTimeRange") OUTSIDE_AVAILABLE_TIME_RANGE
    }

    /** {@code rollupActionType}. */
    @XmlEnum
    @XmlType(name = "rollupActionType")
    public enum Action {
        @XmlEnumValue("satisfied") SATISFIED,
        @XmlEnumValue("notSatisfied") NOT_SATISFIED,
        @XmlEnumValue("completed") COMPLETED,
        @XmlEnumValue("incomplete") INCOMPLETE
    }

    /** {@code imsss:rollupConditions}. */
    @XmlType(name = "rollupConditionsType")
    public static final class Conditions {
        @XmlAttribute private SequencingRule.Combination conditionCombination;
        @XmlElement(name = "rollupCondition", required = true) private final List<RollupCondition> list = new ArrayList<>();
    }

    /** {@code imsss:rollupCondition}. */
    @XmlType(name = "rollupConditionType")
    public static final class RollupCondition {
        @XmlAttribute private SequencingRule.Operator operator;
        @XmlAttribute(required = true) private Condition condition;

        private RollupCondition() {}

        public RollupCondition(SequencingRule.Operator operator, Condition condition) {
            this.operator = operator;
            this.condition = condition;
        }
    }

    /** {@code imsss:rollupAction}. */
    @XmlType(name = "rollupActionElementType")
    public static final class RollupAction {
        @XmlAttribute(required = true) private Action action;

        private RollupAction() {}

        RollupAction(Action action) {
            this.action = action;
        }
    }

    @XmlAttribute private ChildActivitySet childActivitySet;
    @XmlAttribute private Integer minimumCount;
    @XmlAttribute private BigDecimal minimumPercent;

    @XmlElement(name = "rollupConditions", required = true)
    private Conditions conditions = new Conditions();

    @XmlElement(name = "rollupAction", required = true)
    private RollupAction action;

    private RollupRule() {}

    public RollupRule(ChildActivitySet set, Action action) {
        this.childActivitySet = set;
        this.action = new RollupAction(action);
    }

    public RollupRule minimumCount(Integer v) { this.minimumCount = v; return this; }
    public RollupRule minimumPercent(BigDecimal v) { this.minimumPercent = v; return this; }

    public RollupRule combination(SequencingRule.Combination v) {
        conditions.conditionCombination = v;
        return this;
    }

    public RollupRule when(RollupCondition condition) {
        conditions.list.add(condition);
        return this;
    }
}
