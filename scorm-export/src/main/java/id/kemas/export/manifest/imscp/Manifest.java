package id.kemas.export.manifest.imscp;

import id.kemas.export.manifest.Namespaces;
import id.kemas.export.manifest.imsss.SequencingCollection;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <manifest>}: the root of {@code imsmanifest.xml}. */
@XmlRootElement(name = "manifest")
@XmlType(propOrder = {"metadata", "organizations", "resources", "sequencingCollection"})
public final class Manifest {

    @XmlAttribute(required = true)
    private String identifier;

    @XmlAttribute
    private String version;

    @XmlElement
    private Metadata metadata;

    @XmlElement(required = true)
    private Organizations organizations = new Organizations();

    @XmlElement(required = true)
    private Resources resources = new Resources();

    @XmlElement(namespace = Namespaces.IMSSS)
    private SequencingCollection sequencingCollection;

    private Manifest() {}

    public Manifest(String identifier, String version) {
        this.identifier = identifier;
        this.version = version;
    }

    public String identifier() {
        return identifier;
    }

    public Manifest metadata(Metadata metadata) {
        this.metadata = metadata;
        return this;
    }

    public Metadata metadata() {
        return metadata;
    }

    public Organizations organizations() {
        return organizations;
    }

    public Resources resources() {
        return resources;
    }

    public Manifest sequencingCollection(SequencingCollection collection) {
        this.sequencingCollection = collection;
        return this;
    }
}
