package id.kemas.export.manifest.adlseq;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code adlseq:mapInfo}: which of score, completion and progress go to or come from a global objective. */
public final class MapInfo {

    @XmlAttribute(name = "targetObjectiveID", required = true)
    private String targetObjectiveId;

    @XmlAttribute private Boolean readRawScore;
    @XmlAttribute private Boolean readMinScore;
    @XmlAttribute private Boolean readMaxScore;
    @XmlAttribute private Boolean readCompletionStatus;
    @XmlAttribute private Boolean readProgressMeasure;
    @XmlAttribute private Boolean writeRawScore;
    @XmlAttribute private Boolean writeMinScore;
    @XmlAttribute private Boolean writeMaxScore;
    @XmlAttribute private Boolean writeCompletionStatus;
    @XmlAttribute private Boolean writeProgressMeasure;

    private MapInfo() {}

    public MapInfo(String targetObjectiveId) {
        this.targetObjectiveId = targetObjectiveId;
    }

    public MapInfo readRawScore(Boolean v) { this.readRawScore = v; return this; }
    public MapInfo readMinScore(Boolean v) { this.readMinScore = v; return this; }
    public MapInfo readMaxScore(Boolean v) { this.readMaxScore = v; return this; }
    public MapInfo readCompletionStatus(Boolean v) { this.readCompletionStatus = v; return this; }
    public MapInfo readProgressMeasure(Boolean v) { this.readProgressMeasure = v; return this; }
    public MapInfo writeRawScore(Boolean v) { this.writeRawScore = v; return this; }
    public MapInfo writeMinScore(Boolean v) { this.writeMinScore = v; return this; }
    public MapInfo writeMaxScore(Boolean v) { this.writeMaxScore = v; return this; }
    public MapInfo writeCompletionStatus(Boolean v) { this.writeCompletionStatus = v; return this; }
    public MapInfo writeProgressMeasure(Boolean v) { this.writeProgressMeasure = v; return this; }
}
