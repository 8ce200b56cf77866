package id.kemas.core.sequencing;

import java.util.List;

/**
 * {@code imsss:controlMode}: how the learner may move among this activity's children.
 *
 * @param choice      the children may be chosen from the menu
 * @param choiceExit  while this activity is active, the learner may choose something outside it
 * @param flow        continue/previous move through the children in order (the schema default is false)
 * @param forwardOnly previous is not allowed among the children
 * @param useCurrentAttemptObjectiveInfo  only the children's objective data of this attempt counts
 * @param useCurrentAttemptProgressInfo   only the children's progress data of this attempt counts
 */
public record ControlMode(boolean choice, boolean choiceExit, boolean flow, boolean forwardOnly,
                          boolean useCurrentAttemptObjectiveInfo, boolean useCurrentAttemptProgressInfo) {

    public static final ControlMode DEFAULT = new ControlMode(true, true, false, false, true, true);

    public static final ElementSpec<ControlMode> SPEC = new ElementSpec<>("imsss", "controlMode", DEFAULT, List.of(
            Attribute.bool("choice", ControlMode::choice, ControlMode::withChoice),
            Attribute.bool("choiceExit", ControlMode::choiceExit, ControlMode::withChoiceExit),
            Attribute.bool("flow", ControlMode::flow, ControlMode::withFlow),
            Attribute.bool("forwardOnly", ControlMode::forwardOnly, ControlMode::withForwardOnly),
            Attribute.bool("useCurrentAttemptObjectiveInfo", ControlMode::useCurrentAttemptObjectiveInfo,
                    ControlMode::withUseCurrentAttemptObjectiveInfo),
            Attribute.bool("useCurrentAttemptProgressInfo", ControlMode::useCurrentAttemptProgressInfo,
                    ControlMode::withUseCurrentAttemptProgressInfo)));

    public ControlMode withChoice(boolean v) {
        return new ControlMode(v, choiceExit, flow, forwardOnly, useCurrentAttemptObjectiveInfo, useCurrentAttemptProgressInfo);
    }

    public ControlMode withChoiceExit(boolean v) {
        return new ControlMode(choice, v, flow, forwardOnly, useCurrentAttemptObjectiveInfo, useCurrentAttemptProgressInfo);
    }

    public ControlMode withFlow(boolean v) {
        return new ControlMode(choice, choiceExit, v, forwardOnly, useCurrentAttemptObjectiveInfo, useCurrentAttemptProgressInfo);
    }

    public ControlMode withForwardOnly(boolean v) {
        return new ControlMode(choice, choiceExit, flow, v, useCurrentAttemptObjectiveInfo, useCurrentAttemptProgressInfo);
    }

    public ControlMode withUseCurrentAttemptObjectiveInfo(boolean v) {
        return new ControlMode(choice, choiceExit, flow, forwardOnly, v, useCurrentAttemptProgressInfo);
    }

    public ControlMode withUseCurrentAttemptProgressInfo(boolean v) {
        return new ControlMode(choice, choiceExit, flow, forwardOnly, useCurrentAttemptObjectiveInfo, v);
    }
}
