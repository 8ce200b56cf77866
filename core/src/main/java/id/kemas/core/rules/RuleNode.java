package id.kemas.core.rules;

import id.kemas.core.sequencing.ControlMode;
import id.kemas.core.sequencing.RollupConsiderations;
import id.kemas.core.sequencing.RollupRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of the rule table: the course (index 0), a cluster or a leaf, with what the runtime
 * needs to decide whether the learner may open it and how its status rolls up. Other rows are
 * referred to by index.
 *
 * @param parent        index of the parent row, -1 for the course
 * @param material      for a leaf, its position among the leaves (the material number); -1 otherwise
 * @param controlMode   how this row's children are visited: choice (from the menu), flow
 *                      (continue/previous), forward only
 * @param rollup        whether the row counts for its parent's success and completion, and its score weight
 * @param gates         rows that must be completed before this one opens
 * @param gateNames     the gates as the learner knows them ("Materi 1–8" for a numbered cluster)
 * @param attemptLimit  how many attempts a test allows
 * @param passing       the scaled score at or above which a test is passed
 * @param remediation   the row a failed test sends the learner back to
 * @param skippedBy     the pre-tests whose pass makes this row unnecessary (test-out)
 * @param select        on a cluster: how many children each attempt draws at random (random-bank)
 */
public record RuleNode(int index, String id, String title, int parent, List<Integer> children, int material,
                       boolean optional, boolean tracked, ControlMode controlMode, RollupRules rollup,
                       RollupConsiderations considerations, List<Integer> gates, List<String> gateNames,
                       OptionalInt attemptLimit, Optional<BigDecimal> passing, OptionalInt remediation,
                       List<Integer> skippedBy, OptionalInt select) {

    public RuleNode {
        children = List.copyOf(children);
        gates = List.copyOf(gates);
        gateNames = List.copyOf(gateNames);
        skippedBy = List.copyOf(skippedBy);
    }

    public boolean isLeaf() {
        return material >= 0;
    }

    public boolean isCourse() {
        return parent < 0;
    }
}
