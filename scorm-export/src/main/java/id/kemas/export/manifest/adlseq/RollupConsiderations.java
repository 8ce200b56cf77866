package id.kemas.export.manifest.adlseq;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** {@code adlseq:rollupConsiderations}: when a child counts towards its parent's status. */
public final class RollupConsiderations {

    /** The values of the four {@code requiredFor*} attributes. */
    @XmlEnum
    public enum Required {
        @XmlEnumValue("always") ALWAYS,
        @XmlEnumValue("ifAttempted") IF_ATTEMPTED,
        @XmlEnumValue("ifNotSkipped") IF_NOT_SKIPPED,
        @XmlEnumValue("ifNotSuspended") IF_NOT_SUSPENDED
    }

    @XmlAttribute
    private Required requiredForSatisfied;

    @XmlAttribute
    private Required requiredForNotSatisfied;

    @XmlAttribute
    private Required requiredForCompleted;

    @XmlAttribute
    private Required requiredForIncomplete;

    @XmlAttribute
    private Boolean measureSatisfactionIfActive;

    public RollupConsiderations requiredForSatisfied(Required value) {
        this.requiredForSatisfied = value;
        return this;
    }

    public RollupConsiderations requiredForNotSatisfied(Required value) {
        this.requiredForNotSatisfied = value;
        return this;
    }

    public RollupConsiderations requiredForCompleted(Required value) {
        this.requiredForCompleted = value;
        return this;
    }

    public RollupConsiderations requiredForIncomplete(Required value) {
        this.requiredForIncomplete = value;
        return this;
    }

    public RollupConsiderations measureSatisfactionIfActive(Boolean value) {
        this.measureSatisfactionIfActive = value;
        return this;
    }
}
