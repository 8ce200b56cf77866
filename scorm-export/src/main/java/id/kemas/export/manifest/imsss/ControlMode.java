package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code imsss:controlMode}: which navigation the learner may use among an activity's children. */
public final class ControlMode {

    @XmlAttribute private Boolean choice;
    @XmlAttribute private Boolean choiceExit;
    @XmlAttribute private Boolean flow;
    @XmlAttribute private Boolean forwardOnly;
    @XmlAttribute private Boolean useCurrentAttemptObjectiveInfo;
    @XmlAttribute private Boolean useCurrentAttemptProgressInfo;

    public ControlMode choice(Boolean v) { this.choice = v; return this; }
    public ControlMode choiceExit(Boolean v) { this.choiceExit = v; return this; }
    public ControlMode flow(Boolean v) { this.flow = v; return this; }
    public ControlMode forwardOnly(Boolean v) { this.forwardOnly = v; return this; }
    public ControlMode useCurrentAttemptObjectiveInfo(Boolean v) { this.useCurrentAttemptObjectiveInfo = v; return this; }
    public ControlMode useCurrentAttemptProgressInfo(Boolean v) { this.useCurrentAttemptProgressInfo = v; return this; }
}
