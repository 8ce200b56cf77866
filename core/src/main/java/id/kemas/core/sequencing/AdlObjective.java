package id.kemas.core.sequencing;

import java.util.List;

/**
 * {@code adlseq:objective}: extra global-objective maps for the {@code imsss} objective with the same
 * ID on the same activity. At least one map.
 */
public record AdlObjective(String objectiveId, List<AdlObjectiveMap> maps) {

    public AdlObjective {
        objectiveId = Lexical.uri(objectiveId, "objectiveID");
        maps = List.copyOf(maps);
        if (maps.isEmpty()) throw new IllegalArgumentException("adlseq:objective '" + objectiveId + "' needs at least one mapInfo");
    }
}
