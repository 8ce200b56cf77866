package id.kemas.export.manifest.imscp;

import id.kemas.export.manifest.Namespaces;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <resource>}: a SCO or an asset, with every file it uses and the resources it depends on. */
@XmlType(propOrder = {"files", "dependencies"})
public final class Resource {

    /** {@code adlcp:scormType}. */
    @XmlEnum
    public enum ScormType {
        @XmlEnumValue("sco") SCO,
        @XmlEnumValue("asset") ASSET
    }

    public static final String WEB_CONTENT = "webcontent";

    @XmlAttribute(required = true)
    private String identifier;

    @XmlAttribute(required = true)
    private String type;

    @XmlAttribute(namespace = Namespaces.ADLCP, required = true)
    private ScormType scormType;

    @XmlAttribute
    private String href;

    @XmlElement(name = "file")
    private final List<FileRef> files = new ArrayList<>();

    @XmlElement(name = "dependency")
    private final List<Dependency> dependencies = new ArrayList<>();

    private Resource() {}

    public Resource(String identifier, ScormType scormType, String href) {
        this.identifier = identifier;
        this.type = WEB_CONTENT;
        this.scormType = scormType;
        this.href = href;
    }

    public String identifier() {
        return identifier;
    }

    public String href() {
        return href;
    }

    public ScormType scormType() {
        return scormType;
    }

    public Resource file(String href) {
        files.add(new FileRef(href));
        return this;
    }

    public Resource dependsOn(String resourceIdentifier) {
        dependencies.add(new Dependency(resourceIdentifier));
        return this;
    }

    public List<FileRef> files() {
        return files;
    }

    public List<Dependency> dependencies() {
        return dependencies;
    }
}
