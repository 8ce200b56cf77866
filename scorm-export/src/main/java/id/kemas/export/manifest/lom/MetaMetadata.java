package id.kemas.export.manifest.lom;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code lom:metaMetadata}: which schema this description follows, and its language. */
@XmlType(propOrder = {"metadataSchema", "language"})
public final class MetaMetadata {

    @XmlElement private String metadataSchema;
    @XmlElement private String language;

    private MetaMetadata() {}

    public MetaMetadata(String metadataSchema, String language) {
        this.metadataSchema = metadataSchema;
        this.language = language;
    }
}
