package id.kemas.core.sequencing;

import java.util.Arrays;
import java.util.List;

/**
 * Every rule action of IMS SS, each tied to the one kind of rule whose schema type allows it
 * ({@code preConditionRuleActionType}, {@code exitConditionRuleActionType},
 * {@code postConditionRuleActionType}).
 */
public enum RuleAction implements Token {
    SKIP("skip", RuleType.PRE),
    DISABLED("disabled", RuleType.PRE),
    HIDDEN_FROM_CHOICE("hiddenFromChoice", RuleType.PRE),
    STOP_FORWARD_TRAVERSAL("stopForwardTraversal", RuleType.PRE),
    EXIT("exit", RuleType.EXIT),
    EXIT_PARENT("exitParent", RuleType.POST),
    EXIT_ALL("exitAll", RuleType.POST),
    RETRY("retry", RuleType.POST),
    RETRY_ALL("retryAll", RuleType.POST),
    CONTINUE("continue", RuleType.POST),
    PREVIOUS("previous", RuleType.POST);

    private final String xml;
    private final RuleType type;

    RuleAction(String xml, RuleType type) {
        this.xml = xml;
        this.type = type;
    }

    @Override
    public String xml() {
        return xml;
    }

    /** The only kind of rule this action may appear in. */
    public RuleType type() {
        return type;
    }

    /** The actions a kind of rule allows, in schema order. */
    public static List<RuleAction> allowedIn(RuleType type) {
        return Arrays.stream(values()).filter(a -> a.type == type).toList();
    }
}
