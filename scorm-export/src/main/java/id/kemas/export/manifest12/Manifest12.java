package id.kemas.export.manifest12;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <manifest>} of a SCORM 1.2 package. */
@XmlRootElement(name = "manifest")
@XmlType(propOrder = {"metadata", "organizations", "resources"})
public final class Manifest12 {

    @XmlAttribute(required = true)
    private String identifier;

    @XmlAttribute
    private String version;

    @XmlElement
    private Metadata12 metadata;

    @XmlElement(required = true)
    private Organizations12 organizations;

    @XmlElementWrapper(name = "resources", required = true)
    @XmlElement(name = "resource")
    private final List<Resource12> resources = new ArrayList<>();

    private Manifest12() {}

    public Manifest12(String identifier, String version, Metadata12 metadata, Organizations12 organizations) {
        this.identifier = identifier;
        this.version = version;
        this.metadata = metadata;
        this.organizations = organizations;
    }

    public Manifest12 add(Resource12 resource) {
        resources.add(resource);
        return this;
    }

    public List<Resource12> resources() {
        return resources;
    }

    /** {@code <organizations default="...">} with its organizations. */
    @XmlType(name = "organizations12")
    public static final class Organizations12 {
        @XmlAttribute(name = "default")
        private String defaultOrganization;

        @XmlElement(name = "organization")
        private final List<Organization12> organizations = new ArrayList<>();

        private Organizations12() {}

        public Organizations12(Organization12 organization) {
            this.defaultOrganization = organization.identifier();
            organizations.add(organization);
        }
    }
}
