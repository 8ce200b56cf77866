package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A pre-, exit- or post-condition rule: conditions and the action taken when they hold. */
@XmlType(propOrder = {"conditions", "action"})
public final class SequencingRule {

    /** {@code conditionCombination}. */
    @XmlEnum
    @XmlType(name = "conditionCombinationType")
    public enum Combination { @XmlEnumValue("all") ALL, @XmlEnumValue("any") ANY }

    /** {@code operator}. */
    @XmlEnum
    @XmlType(name = "conditionOperatorType")
    public enum Operator { @XmlEnumValue("not") NOT, @XmlEnumValue("noOp") NO_OP }

    /** {@code sequencingRuleConditionType}. */
    @XmlEnum
    @XmlType(name = "sequencingRuleConditionType")
    public enum Condition {
        @XmlEnumValue("satisfied") SATISFIED,
        @XmlEnumValue("objectiveStatusKnown") OBJECTIVE_STATUS_KNOWN,
        @XmlEnumValue("objectiveMeasureKnown") OBJECTIVE_MEASURE_KNOWN,
        @XmlEnumValue("objectiveMeasureGreaterThan") OBJECTIVE_MEASURE_GREATER_THAN,
        @XmlEnumValue("objectiveMeasureLessThan") OBJECTIVE_MEASURE_LESS_THAN,
        @XmlEnumValue("completed") COMPLETED,
        @XmlEnumValue("activityProgressKnown") ACTIVITY_PROGRESS_KNOWN,
        @XmlEnumValue("attempted") ATTEMPTED,
        @XmlEnumValue("attemptLimitExceeded") ATTEMPT_LIMIT_EXCEEDED,
        @XmlEnumValue("timeLimitExceeded") TIME_LIMIT_EXCEEDED,
        @XmlEnumValue("outsideAvailableTimeRange") OUTSIDE_AVAILABLE_TIME_RANGE,
        @XmlEnumValue("always") ALWAYS
    }

    /** Rule actions; which are allowed depends on the kind of rule (see {@link SequencingRules}). */
    @XmlEnum
    @XmlType(name = "ruleActionType")
    public enum Action {
        @XmlEnumValue("skip") SKIP,
        @XmlEnumValue("disabled") DISABLED,
        @XmlEnumValue("hiddenFromChoice") HIDDEN_FROM_CHOICE,
        @XmlEnumValue("stopForwardTraversal") STOP_FORWARD_TRAVERSAL,
        @XmlEnumValue("exit") EXIT,
        @XmlEnumValue("exitParent") EXIT_PARENT,
        @XmlEnumValue("exitAll") EXIT_ALL,
        @XmlEnumValue("retry") RETRY,
        @XmlEnumValue("retryAll") RETRY_ALL,
        @XmlEnumValue("continue") CONTINUE,
        @XmlEnumValue("previous") PREVIOUS
    }

    /** {@code imsss:ruleConditions}. */
    @XmlType(name = "ruleConditionsType")
    public static final class Conditions {
        @XmlAttribute private Combination conditionCombination;
        @XmlElement(name = "ruleCondition", required = true) private final List<RuleCondition> list = new ArrayList<>();
    }

    /** {@code imsss:ruleCondition}. */
    @XmlType(name = "ruleConditionType")
    public static final class RuleCondition {
        @XmlAttribute private String referencedObjective;
        @XmlAttribute private BigDecimal measureThreshold;
        @XmlAttribute private Operator operator;
        @XmlAttribute(required = true) private Condition condition;

        private RuleCondition() {}

        public RuleCondition(Condition condition) {
            this.condition = condition;
        }

        public RuleCondition referencedObjective(String v) { this.referencedObjective = v; return this; }
        public RuleCondition measureThreshold(BigDecimal v) { this.measureThreshold = v; return this; }
        public RuleCondition operator(Operator v) { this.operator = v; return this; }
    }

    /** {@code imsss:ruleAction}. */
    @XmlType(name = "ruleActionElementType")
    public static final class RuleAction {
        @XmlAttribute(required = true) private Action action;

        private RuleAction() {}

        RuleAction(Action action) {
            this.action = action;
        }
    }

    @XmlElement(name = "ruleConditions", required = true)
    private Conditions conditions = new Conditions();

    @XmlElement(name = "ruleAction", required = true)
    private RuleAction action;

    private SequencingRule() {}

    public SequencingRule(Action action) {
        this.action = new RuleAction(action);
    }

    public SequencingRule combination(Combination v) {
        conditions.conditionCombination = v;
        return this;
    }

    public SequencingRule when(RuleCondition condition) {
        conditions.list.add(condition);
        return this;
    }
}
