package id.kemas.export.manifest12;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <organization>} of a SCORM 1.2 manifest. */
@XmlType(name = "organization12", propOrder = {"title", "items"})
public final class Organization12 {

    @XmlAttribute(required = true)
    private String identifier;

    @XmlElement(required = true)
    private String title;

    @XmlElement(name = "item")
    private final List<Item12> items = new ArrayList<>();

    private Organization12() {}

    public Organization12(String identifier, String title) {
        this.identifier = identifier;
        this.title = title;
    }

    public String identifier() {
        return identifier;
    }

    public Organization12 add(Item12 item) {
        items.add(item);
        return this;
    }
}
