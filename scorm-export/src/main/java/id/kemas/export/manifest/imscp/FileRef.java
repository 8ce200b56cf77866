package id.kemas.export.manifest.imscp;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <file href>}: one file a resource uses, relative to the package root. */
public final class FileRef {

    @XmlAttribute(required = true)
    private String href;

    private FileRef() {}

    public FileRef(String href) {
        this.href = href;
    }

    public String href() {
        return href;
    }
}
