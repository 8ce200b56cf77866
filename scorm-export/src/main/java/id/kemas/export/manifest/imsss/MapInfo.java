package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code imsss:mapInfo}: reads or writes satisfaction and measure of a global objective. */
public final class MapInfo {

    @XmlAttribute(name = "targetObjectiveID", required = true)
    private String targetObjectiveId;

    @XmlAttribute private Boolean readSatisfiedStatus;
    @XmlAttribute private Boolean readNormalizedMeasure;
    @XmlAttribute private Boolean writeSatisfiedStatus;
    @XmlAttribute private Boolean writeNormalizedMeasure;

    private MapInfo() {}

    public MapInfo(String targetObjectiveId) {
        this.targetObjectiveId = targetObjectiveId;
    }

    public MapInfo readSatisfiedStatus(Boolean v) { this.readSatisfiedStatus = v; return this; }
    public MapInfo readNormalizedMeasure(Boolean v) { this.readNormalizedMeasure = v; return this; }
    public MapInfo writeSatisfiedStatus(Boolean v) { this.writeSatisfiedStatus = v; return this; }
    public MapInfo writeNormalizedMeasure(Boolean v) { this.writeNormalizedMeasure = v; return this; }
}
