package id.kemas.export.manifest.imscp;

import id.kemas.export.manifest.Namespaces;
import id.kemas.export.manifest.lom.Lom;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code <metadata>}: which standard the package follows, and its description inline as LOM.
 * SCORM requires {@code schema} and {@code schemaversion} as the first two children.
 */
@XmlType(propOrder = {"schema", "schemaVersion", "lom"})
public final class Metadata {

    public static final String SCORM_SCHEMA = "ADL SCORM";
    public static final String SCORM_2004_4TH = "2004 4th Edition";

    @XmlElement
    private String schema;

    @XmlElement(name = "schemaversion")
    private String schemaVersion;

    @XmlElement(namespace = Namespaces.LOM)
    private Lom lom;

    private Metadata() {}

    public Metadata(String schema, String schemaVersion, Lom lom) {
        this.schema = schema;
        this.schemaVersion = schemaVersion;
        this.lom = lom;
    }

    /** The package-level metadata of a SCORM 2004 4th Edition package. */
    public static Metadata scorm2004(Lom lom) {
        return new Metadata(SCORM_SCHEMA, SCORM_2004_4TH, lom);
    }
}
