package id.kemas.core.sequencing;

import java.util.List;

/** {@code adlcp:map} inside {@code adlcp:data}: a shared data store ({@code adl.data}) the SCO may read or write. */
public record SharedDataMap(String targetId, boolean readSharedData, boolean writeSharedData) {

    private static final SharedDataMap DEFAULT = new SharedDataMap("target", true, false);

    public static final ElementSpec<SharedDataMap> SPEC = new ElementSpec<>("adlcp", "map", DEFAULT, List.of(
            Attribute.text("targetID", SharedDataMap::targetId,
                    (m, v) -> new SharedDataMap(v, m.readSharedData, m.writeSharedData), t -> Lexical.uri(t, "targetID")),
            Attribute.bool("readSharedData", SharedDataMap::readSharedData,
                    (m, v) -> new SharedDataMap(m.targetId, v, m.writeSharedData)),
            Attribute.bool("writeSharedData", SharedDataMap::writeSharedData,
                    (m, v) -> new SharedDataMap(m.targetId, m.readSharedData, v))));

    public SharedDataMap {
        targetId = Lexical.uri(targetId, "targetID");
    }

    public static SharedDataMap to(String targetId) {
        return new SharedDataMap(targetId, true, false);
    }
}
