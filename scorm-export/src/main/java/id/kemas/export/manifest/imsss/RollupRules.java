package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code imsss:rollupRules}: how an activity's status comes from its children. */
public final class RollupRules {

    @XmlAttribute private Boolean rollupObjectiveSatisfied;
    @XmlAttribute private Boolean rollupProgressCompletion;
    @XmlAttribute private BigDecimal objectiveMeasureWeight;

    @XmlElement(name = "rollupRule")
    private final List<RollupRule> rules = new ArrayList<>();

    public RollupRules rollupObjectiveSatisfied(Boolean v) { this.rollupObjectiveSatisfied = v; return this; }
    public RollupRules rollupProgressCompletion(Boolean v) { this.rollupProgressCompletion = v; return this; }
    public RollupRules objectiveMeasureWeight(BigDecimal v) { this.objectiveMeasureWeight = v; return this; }

    public RollupRules add(RollupRule rule) {
        rules.add(rule);
        return this;
    }
}
