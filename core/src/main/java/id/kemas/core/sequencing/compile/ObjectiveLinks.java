package id.kemas.core.sequencing.compile;

import id.kemas.core.sequencing.AdlObjectiveMap;
import id.kemas.core.sequencing.Objective;
import id.kemas.core.sequencing.ObjectiveMap;
import id.kemas.core.sequencing.SequencingDefinition;

/**
 * Links activities through global objectives: an activity writes its own status to the global
 * objective named after it; another reads it into a local objective that its rules refer to.
 * Writers read nothing back and readers read only the value their rules test, so every map says
 * exactly what it shares.
 */
final class ObjectiveLinks {

    private ObjectiveLinks() {}

    /** {@code writer}'s completion status goes to its global objective (4th Edition adlseq:mapInfo). */
    static void writeCompletion(Context ctx, Draft writer) {
        String primary = primaryId(writer);
        String target = ctx.global(writer);
        SequencingDefinition d = writer.definition;
        boolean present = d.adlObjective(primary).map(o -> o.maps().stream()
                .anyMatch(m -> m.targetObjectiveId().equals(target) && m.writeCompletionStatus())).orElse(false);
        if (!present) writer.change(x -> x.plusAdlMap(primary, AdlObjectiveMap.writingCompletion(target)));
    }

    /** {@code writer}'s satisfied status goes to its global objective. */
    static void writeSatisfaction(Context ctx, Draft writer) {
        primaryId(writer);
        String target = ctx.global(writer);
        boolean present = writer.definition.primary().orElseThrow().maps().stream()
                .anyMatch(m -> m.targetObjectiveId().equals(target) && m.writeSatisfiedStatus());
        if (!present) writer.change(x -> x.withPrimary(o -> o.plus(ObjectiveMap.writingSatisfaction(target))));
    }

    /** A local objective of {@code reader} holding {@code source}'s completion status; returns its ID. */
    static String readCompletion(Context ctx, Draft reader, Draft source) {
        writeCompletion(ctx, source);
        String local = "completed-" + source.id;
        if (reader.definition.objective(local).isEmpty()) {
            reader.change(x -> x.withPrimary(o -> o).plus(Objective.named(local))
                    .plusAdlMap(local, AdlObjectiveMap.readingCompletion(ctx.global(source))));
        }
        return local;
    }

    /** A local objective of {@code reader} holding {@code source}'s satisfied status; returns its ID. */
    static String readSatisfaction(Context ctx, Draft reader, Draft source) {
        writeSatisfaction(ctx, source);
        String local = "passed-" + source.id;
        if (reader.definition.objective(local).isEmpty()) {
            reader.change(x -> x.withPrimary(o -> o)
                    .plus(Objective.named(local).plus(ObjectiveMap.readingSatisfaction(ctx.global(source)))));
        }
        return local;
    }

    /** The ID of the draft's primary objective, named after the node when it has none. */
    private static String primaryId(Draft d) {
        if (d.definition.primary().flatMap(Objective::objectiveId).isEmpty()) {
            d.change(x -> x.withPrimary(o -> o.withId(d.id)));
        }
        return d.definition.primary().flatMap(Objective::objectiveId).orElseThrow();
    }
}
