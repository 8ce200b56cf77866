package id.kemas.export.manifest12;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <resource>} of a SCORM 1.2 manifest: a SCO or an asset ({@code adlcp:scormtype}, lower case in 1.2). */
@XmlType(name = "resource12", propOrder = {"files", "dependencies"})
public final class Resource12 {

    @XmlAttribute(required = true)
    private String identifier;

    @XmlAttribute(required = true)
    private String type = "webcontent";

    @XmlAttribute(namespace = Namespaces12.ADLCP, name = "scormtype", required = true)
    private String scormType;

    @XmlAttribute
    private String href;

    @XmlElement(name = "file")
    private final List<Href> files = new ArrayList<>();

    @XmlElement(name = "dependency")
    private final List<Ref> dependencies = new ArrayList<>();

    private Resource12() {}

    private Resource12(String identifier, String scormType, String href) {
        this.identifier = identifier;
        this.scormType = scormType;
        this.href = href;
    }

    public static Resource12 sco(String identifier, String launch) {
        return new Resource12(identifier, "sco", launch);
    }

    public static Resource12 asset(String identifier) {
        return new Resource12(identifier, "asset", null);
    }

    public Resource12 file(String path) {
        files.add(new Href(path));
        return this;
    }

    public Resource12 dependsOn(String resource) {
        dependencies.add(new Ref(resource));
        return this;
    }

    @XmlType(name = "file12")
    static final class Href {
        @XmlAttribute(required = true)
        private String href;

        private Href() {}

        Href(String href) {
            this.href = href;
        }
    }

    @XmlType(name = "dependency12")
    static final class Ref {
        @XmlAttribute(name = "identifierref", required = true)
        private String identifierRef;

        private Ref() {}

        Ref(String identifierRef) {
            this.identifierRef = identifierRef;
        }
    }
}
