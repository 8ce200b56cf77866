package id.kemas.export.manifest.adlcp;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code adlcp:map}: access to one shared data bucket. */
public final class DataMap {

    @XmlAttribute(name = "targetID", required = true)
    private String targetId;

    @XmlAttribute
    private Boolean readSharedData;

    @XmlAttribute
    private Boolean writeSharedData;

    private DataMap() {}

    public DataMap(String targetId, Boolean readSharedData, Boolean writeSharedData) {
        this.targetId = targetId;
        this.readSharedData = readSharedData;
        this.writeSharedData = writeSharedData;
    }
}
