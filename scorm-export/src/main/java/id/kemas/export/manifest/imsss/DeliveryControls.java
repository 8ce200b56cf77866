package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code imsss:deliveryControls}: whether the LMS tracks the activity and who sets its status. */
public final class DeliveryControls {

    @XmlAttribute private Boolean tracked;
    @XmlAttribute private Boolean completionSetByContent;
    @XmlAttribute private Boolean objectiveSetByContent;

    public DeliveryControls tracked(Boolean v) { this.tracked = v; return this; }
    public DeliveryControls completionSetByContent(Boolean v) { this.completionSetByContent = v; return this; }
    public DeliveryControls objectiveSetByContent(Boolean v) { this.objectiveSetByContent = v; return this; }
}
