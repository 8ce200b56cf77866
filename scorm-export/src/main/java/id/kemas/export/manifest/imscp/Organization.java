package id.kemas.export.manifest.imscp;

import id.kemas.export.manifest.Namespaces;
import id.kemas.export.manifest.adlcp.CompletionThreshold;
import id.kemas.export.manifest.imsss.Sequencing;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <organization>}: one activity tree, the course as the LMS shows it. */
@XmlType(propOrder = {"title", "items", "completionThreshold", "sequencing"})
public final class Organization {

    @XmlAttribute(required = true)
    private String identifier;

    @XmlAttribute(namespace = Namespaces.ADLSEQ)
    private Boolean objectivesGlobalToSystem;

    @XmlAttribute(namespace = Namespaces.ADLCP)
    private Boolean sharedDataGlobalToSystem;

    @XmlElement(required = true)
    private String title;

    @XmlElement(name = "item", required = true)
    private final List<Item> items = new ArrayList<>();

    @XmlElement(namespace = Namespaces.ADLCP)
    private CompletionThreshold completionThreshold;

    @XmlElement(namespace = Namespaces.IMSSS)
    private Sequencing sequencing;

    private Organization() {}

    public Organization(String identifier, String title) {
        this.identifier = identifier;
        this.title = title;
    }

    public String identifier() {
        return identifier;
    }

    public Organization add(Item item) {
        items.add(item);
        return this;
    }

    public List<Item> items() {
        return items;
    }

    /** {@code adlseq:objectivesGlobalToSystem}; null leaves the default (true). */
    public Organization objectivesGlobalToSystem(Boolean value) {
        this.objectivesGlobalToSystem = value;
        return this;
    }

    /** {@code adlcp:sharedDataGlobalToSystem}; null leaves the default (true). */
    public Organization sharedDataGlobalToSystem(Boolean value) {
        this.sharedDataGlobalToSystem = value;
        return this;
    }

    public Organization completionThreshold(CompletionThreshold threshold) {
        this.completionThreshold = threshold;
        return this;
    }

    public Organization sequencing(Sequencing sequencing) {
        this.sequencing = sequencing;
        return this;
    }
}
