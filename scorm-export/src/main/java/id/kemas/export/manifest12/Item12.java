package id.kemas.export.manifest12;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <item>}: a SCO when it has an {@code identifierref}, else a group of items. */
@XmlType(name = "item12", propOrder = {"title", "items"})
public final class Item12 {

    @XmlAttribute(required = true)
    private String identifier;

    @XmlAttribute(name = "identifierref")
    private String identifierRef;

    @XmlElement(required = true)
    private String title;

    @XmlElement(name = "item")
    private final List<Item12> items = new ArrayList<>();

    private Item12() {}

    public Item12(String identifier, String title) {
        this.identifier = identifier;
        this.title = title;
    }

    public Item12 identifierRef(String resource) {
        this.identifierRef = resource;
        return this;
    }

    public Item12 add(Item12 child) {
        items.add(child);
        return this;
    }
}
