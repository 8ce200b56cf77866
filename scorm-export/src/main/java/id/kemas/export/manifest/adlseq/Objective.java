package id.kemas.export.manifest.adlseq;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code adlseq:objective}: extends the imsss objective of the same ID with more maps. */
public final class Objective {

    @XmlAttribute(name = "objectiveID", required = true)
    private String objectiveId;

    @XmlElement(name = "mapInfo", required = true)
    private final List<MapInfo> mapInfos = new ArrayList<>();

    private Objective() {}

    public Objective(String objectiveId) {
        this.objectiveId = objectiveId;
    }

    public Objective add(MapInfo mapInfo) {
        mapInfos.add(mapInfo);
        return this;
    }
}
