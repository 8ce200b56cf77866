package id.kemas.export.manifest.imscp;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <dependency identifierref>}: the files of another resource are needed too. */
public final class Dependency {

    @XmlAttribute(name = "identifierref", required = true)
    private String identifierRef;

    private Dependency() {}

    public Dependency(String identifierRef) {
        this.identifierRef = identifierRef;
    }

    public String identifierRef() {
        return identifierRef;
    }
}
