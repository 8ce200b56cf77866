package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code imsss:primaryObjective} or {@code imsss:objective}. */
@XmlType(propOrder = {"minNormalizedMeasure", "mapInfos"})
public final class Objective {

    @XmlAttribute private Boolean satisfiedByMeasure;

    @XmlAttribute(name = "objectiveID")
    private String objectiveId;

    @XmlElement private BigDecimal minNormalizedMeasure;

    @XmlElement(name = "mapInfo")
    private final List<MapInfo> mapInfos = new ArrayList<>();

    private Objective() {}

    /** An objective; the ID may be null only for a primary objective without maps. */
    public Objective(String objectiveId) {
        this.objectiveId = objectiveId;
    }

    public Objective satisfiedByMeasure(Boolean v) { this.satisfiedByMeasure = v; return this; }
    public Objective minNormalizedMeasure(BigDecimal v) { this.minNormalizedMeasure = v; return this; }

    public Objective add(MapInfo mapInfo) {
        mapInfos.add(mapInfo);
        return this;
    }
}
