package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code imsss:sequencingRules}: pre-condition, exit-condition and post-condition rules, in that order. */
@XmlType(propOrder = {"pre", "exit", "post"})
public final class SequencingRules {

    @XmlElement(name = "preConditionRule") private final List<SequencingRule> pre = new ArrayList<>();
    @XmlElement(name = "exitConditionRule") private final List<SequencingRule> exit = new ArrayList<>();
    @XmlElement(name = "postConditionRule") private final List<SequencingRule> post = new ArrayList<>();

    /** A rule whose action is one of skip, disabled, hiddenFromChoice, stopForwardTraversal. */
    public SequencingRules pre(SequencingRule rule) { pre.add(rule); return this; }

    /** A rule whose action is exit. */
    public SequencingRules exit(SequencingRule rule) { exit.add(rule); return this; }

    /** A rule whose action is one of exitParent, exitAll, retry, retryAll, continue, previous. */
    public SequencingRules post(SequencingRule rule) { post.add(rule); return this; }
}
