package id.kemas.export.manifest.imscp;

import id.kemas.export.manifest.Namespaces;
import id.kemas.export.manifest.adlcp.CompletionThreshold;
import id.kemas.export.manifest.adlcp.Data;
import id.kemas.export.manifest.adlcp.TimeLimitAction;
import id.kemas.export.manifest.adlnav.Presentation;
import id.kemas.export.manifest.imsss.Sequencing;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <item>}: one node of the activity tree. A leaf item references the resource it launches;
 * an item with children references none (a CAM rule the builder keeps).
 */
@XmlType(propOrder = {"title", "items", "timeLimitAction", "dataFromLms", "completionThreshold", "sequencing",
        "presentation", "data"})
public final class Item {

    @XmlAttribute(required = true)
    private String identifier;

    @XmlAttribute(name = "identifierref")
    private String identifierRef;

    @XmlAttribute(name = "isvisible")
    private Boolean visible;

    @XmlAttribute
    private String parameters;

    @XmlElement(required = true)
    private String title;

    @XmlElement(name = "item")
    private final List<Item> items = new ArrayList<>();

    @XmlElement(namespace = Namespaces.ADLCP)
    private TimeLimitAction timeLimitAction;

    @XmlElement(name = "dataFromLMS", namespace = Namespaces.ADLCP)
    private String dataFromLms;

    @XmlElement(namespace = Namespaces.ADLCP)
    private CompletionThreshold completionThreshold;

    @XmlElement(namespace = Namespaces.IMSSS)
    private Sequencing sequencing;

    @XmlElement(namespace = Namespaces.ADLNAV)
    private Presentation presentation;

    @XmlElement(namespace = Namespaces.ADLCP)
    private Data data;

    private Item() {}

    public Item(String identifier, String title) {
        this.identifier = identifier;
        this.title = title;
    }

    public String identifier() {
        return identifier;
    }

    public String identifierRef() {
        return identifierRef;
    }

    public List<Item> items() {
        return items;
    }

    public Item identifierRef(String resourceIdentifier) {
        this.identifierRef = resourceIdentifier;
        return this;
    }

    public Item visible(Boolean visible) {
        this.visible = visible;
        return this;
    }

    public Item parameters(String parameters) {
        this.parameters = parameters;
        return this;
    }

    public Item add(Item child) {
        items.add(child);
        return this;
    }

    public Item timeLimitAction(TimeLimitAction action) {
        this.timeLimitAction = action;
        return this;
    }

    /** {@code adlcp:dataFromLMS}: launch data handed to the SCO as {@code cmi.launch_data}. */
    public Item dataFromLms(String data) {
        this.dataFromLms = data;
        return this;
    }

    public Item completionThreshold(CompletionThreshold threshold) {
        this.completionThreshold = threshold;
        return this;
    }

    public Item sequencing(Sequencing sequencing) {
        this.sequencing = sequencing;
        return this;
    }

    public Item presentation(Presentation presentation) {
        this.presentation = presentation;
        return this;
    }

    public Item data(Data data) {
        this.data = data;
        return this;
    }
}
