package id.kemas.core.sequencing;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code adlseq:mapInfo} (4th Edition): sharing of raw/min/max score, completion status and progress
 * measure with a global objective. As in the schema, every read defaults to true and every write
 * to false.
 */
public record AdlObjectiveMap(String targetObjectiveId, boolean readRawScore, boolean readMinScore,
                              boolean readMaxScore, boolean readCompletionStatus, boolean readProgressMeasure,
                              boolean writeRawScore, boolean writeMinScore, boolean writeMaxScore,
                              boolean writeCompletionStatus, boolean writeProgressMeasure) {

    /** The ten flags in schema order. */
    public static final List<String> FLAGS = List.of("readRawScore", "readMinScore", "readMaxScore",
            "readCompletionStatus", "readProgressMeasure", "writeRawScore", "writeMinScore", "writeMaxScore",
            "writeCompletionStatus", "writeProgressMeasure");

    private static final AdlObjectiveMap DEFAULT =
            new AdlObjectiveMap("target", true, true, true, true, true, false, false, false, false, false);

    public static final ElementSpec<AdlObjectiveMap> SPEC = new ElementSpec<>("adlseq", "mapInfo", DEFAULT, attributes());

    public AdlObjectiveMap {
        targetObjectiveId = Lexical.uri(targetObjectiveId, "targetObjectiveID");
    }

    /** A map with the schema defaults: reads everything, writes nothing. */
    public static AdlObjectiveMap to(String target) {
        return new AdlObjectiveMap(target, true, true, true, true, true, false, false, false, false, false);
    }

    /** Reads only the completion status. */
    public static AdlObjectiveMap readingCompletion(String target) {
        return new AdlObjectiveMap(target, false, false, false, true, false, false, false, false, false, false);
    }

    /** Writes only the completion status, reading nothing back. */
    public static AdlObjectiveMap writingCompletion(String target) {
        return new AdlObjectiveMap(target, false, false, false, false, false, false, false, false, true, false);
    }

    public boolean flag(int i) {
        return switch (i) {
            case 0 -> readRawScore;
            case 1 -> readMinScore;
            case 2 -> readMaxScore;
            case 3 -> readCompletionStatus;
            case 4 -> readProgressMeasure;
            case 5 -> writeRawScore;
            case 6 -> writeMinScore;
            case 7 -> writeMaxScore;
            case 8 -> writeCompletionStatus;
            case 9 -> writeProgressMeasure;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    public AdlObjectiveMap withFlag(int i, boolean v) {
        boolean[] f = new boolean[FLAGS.size()];
        for (int k = 0; k < f.length; k++) f[k] = k == i ? v : flag(k);
        return new AdlObjectiveMap(targetObjectiveId, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]);
    }

    public AdlObjectiveMap withTarget(String target) {
        return new AdlObjectiveMap(target, readRawScore, readMinScore, readMaxScore, readCompletionStatus,
                readProgressMeasure, writeRawScore, writeMinScore, writeMaxScore, writeCompletionStatus,
                writeProgressMeasure);
    }

    public boolean reads() {
        return readRawScore || readMinScore || readMaxScore || readCompletionStatus || readProgressMeasure;
    }

    public boolean writes() {
        return writeRawScore || writeMinScore || writeMaxScore || writeCompletionStatus || writeProgressMeasure;
    }

    private static List<Attribute<AdlObjectiveMap>> attributes() {
        List<Attribute<AdlObjectiveMap>> out = new ArrayList<>();
        out.add(Attribute.text("targetObjectiveID", AdlObjectiveMap::targetObjectiveId, AdlObjectiveMap::withTarget,
                t -> Lexical.uri(t, "targetObjectiveID")));
        for (int i = 0; i < FLAGS.size(); i++) {
            int k = i;
            out.add(Attribute.bool(FLAGS.get(i), m -> m.flag(k), (m, v) -> m.withFlag(k, v)));
        }
        return out;
    }
}
