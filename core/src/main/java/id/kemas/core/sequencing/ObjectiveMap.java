package id.kemas.core.sequencing;

import java.util.List;

/**
 * {@code imsss:mapInfo}: how a local objective shares its satisfied status and normalized measure
 * with a global objective. Note the schema defaults: both reads are on, both writes off.
 */
public record ObjectiveMap(String targetObjectiveId, boolean readSatisfiedStatus, boolean readNormalizedMeasure,
                           boolean writeSatisfiedStatus, boolean writeNormalizedMeasure) {

    /** Only for the spec: a map with every attribute at its default. */
    private static final ObjectiveMap DEFAULT = new ObjectiveMap("target", true, true, false, false);

    public static final ElementSpec<ObjectiveMap> SPEC = new ElementSpec<>("imsss", "mapInfo", DEFAULT, List.of(
            Attribute.text("targetObjectiveID", ObjectiveMap::targetObjectiveId,
                    (m, v) -> new ObjectiveMap(v, m.readSatisfiedStatus, m.readNormalizedMeasure, m.writeSatisfiedStatus,
                            m.writeNormalizedMeasure), t -> Lexical.uri(t, "targetObjectiveID")),
            Attribute.bool("readSatisfiedStatus", ObjectiveMap::readSatisfiedStatus,
                    (m, v) -> new ObjectiveMap(m.targetObjectiveId, v, m.readNormalizedMeasure, m.writeSatisfiedStatus,
                            m.writeNormalizedMeasure)),
            Attribute.bool("readNormalizedMeasure", ObjectiveMap::readNormalizedMeasure,
                    (m, v) -> new ObjectiveMap(m.targetObjectiveId, m.readSatisfiedStatus, v, m.writeSatisfiedStatus,
                            m.writeNormalizedMeasure)),
            Attribute.bool("writeSatisfiedStatus", ObjectiveMap::writeSatisfiedStatus,
                    (m, v) -> new ObjectiveMap(m.targetObjectiveId, m.readSatisfiedStatus, m.readNormalizedMeasure, v,
                            m.writeNormalizedMeasure)),
            Attribute.bool("writeNormalizedMeasure", ObjectiveMap::writeNormalizedMeasure,
                    (m, v) -> new ObjectiveMap(m.targetObjectiveId, m.readSatisfiedStatus, m.readNormalizedMeasure,
                            m.writeSatisfiedStatus, v))));

    public ObjectiveMap {
        targetObjectiveId = Lexical.uri(targetObjectiveId, "targetObjectiveID");
    }

    /** A map with the schema defaults (reads both, writes nothing). */
    public static ObjectiveMap to(String target) {
        return new ObjectiveMap(target, true, true, false, false);
    }

    /** Reads only the satisfied status. */
    public static ObjectiveMap readingSatisfaction(String target) {
        return new ObjectiveMap(target, true, false, false, false);
    }

    /** Writes only the satisfied status. */
    public static ObjectiveMap writingSatisfaction(String target) {
        return new ObjectiveMap(target, false, false, true, false);
    }

    public boolean reads() {
        return readSatisfiedStatus || readNormalizedMeasure;
    }

    public boolean writes() {
        return writeSatisfiedStatus || writeNormalizedMeasure;
    }
}
