package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code imsss:auxiliaryResources}: resources offered beside an activity (outside the SCORM profile; the CTS warns). */
public final class AuxiliaryResources {

    /** {@code imsss:auxiliaryResource}. */
    public static final class Resource {
        @XmlAttribute(name = "auxiliaryResourceID", required = true) private String id;
        @XmlAttribute(required = true) private String purpose;

        private Resource() {}

        public Resource(String id, String purpose) {
            this.id = id;
            this.purpose = purpose;
        }
    }

    @XmlElement(name = "auxiliaryResource")
    private final List<Resource> resources = new ArrayList<>();

    public AuxiliaryResources add(Resource resource) {
        resources.add(resource);
        return this;
    }
}
