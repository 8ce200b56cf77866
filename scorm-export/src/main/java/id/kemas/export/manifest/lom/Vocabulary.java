package id.kemas.export.manifest.lom;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** A LOM vocabulary value, from the {@code LOMv1.0} source. */
@XmlType(propOrder = {"source", "value"})
public final class Vocabulary {

    public static final String LOM_V1 = "LOMv1.0";

    @XmlElement private String source;
    @XmlElement private String value;

    private Vocabulary() {}

    public Vocabulary(String value) {
        this.source = LOM_V1;
        this.value = value;
    }
}
