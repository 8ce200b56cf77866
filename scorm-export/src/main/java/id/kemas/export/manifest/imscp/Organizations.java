package id.kemas.export.manifest.imscp;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <organizations>}: the activity trees, and which one the LMS shows. */
public final class Organizations {

    @XmlAttribute(name = "default")
    private String defaultOrganization;

    @XmlElement(name = "organization")
    private final List<Organization> organizations = new ArrayList<>();

    public Organizations defaultOrganization(String identifier) {
        this.defaultOrganization = identifier;
        return this;
    }

    public Organizations add(Organization organization) {
        organizations.add(organization);
        return this;
    }

    public List<Organization> list() {
        return organizations;
    }
}
