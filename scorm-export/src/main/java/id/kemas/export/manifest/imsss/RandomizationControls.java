package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/** {@code imsss:randomizationControls}: selecting and reordering an activity's children. */
public final class RandomizationControls {

    /** {@code randomTimingType}. */
    @XmlEnum
    @XmlType(name = "randomTimingType")
    public enum Timing {
        @XmlEnumValue("never") NEVER,
        @XmlEnumValue("once") ONCE,
        @XmlEnumValue("onEachNewAttempt") ON_EACH_NEW_ATTEMPT
    }

    @XmlAttribute private Timing randomizationTiming;
    @XmlAttribute private Integer selectCount;
    @XmlAttribute private Boolean reorderChildren;
    @XmlAttribute private Timing selectionTiming;

    public RandomizationControls randomizationTiming(Timing v) { this.randomizationTiming = v; return this; }
    public RandomizationControls selectCount(Integer v) { this.selectCount = v; return this; }
    public RandomizationControls reorderChildren(Boolean v) { this.reorderChildren = v; return this; }
    public RandomizationControls selectionTiming(Timing v) { this.selectionTiming = v; return this; }
}
