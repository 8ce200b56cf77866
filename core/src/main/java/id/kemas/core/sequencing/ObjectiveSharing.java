package id.kemas.core.sequencing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who reads and who writes which value of which global objective, from the {@code imsss:mapInfo}
 * and {@code adlseq:mapInfo} of every activity in a tree. Reads and writes are taken as the schema
 * defines them, defaults included (an {@code imsss:mapInfo} with no attributes reads both values).
 */
public final class ObjectiveSharing {

    /** A value a global objective carries. */
    public enum Value {
        SATISFIED_STATUS("satisfied status"),
        NORMALIZED_MEASURE("normalized measure"),
        COMPLETION_STATUS("completion status"),
        PROGRESS_MEASURE("progress measure"),
        RAW_SCORE("raw score"),
        MIN_SCORE("min score"),
        MAX_SCORE("max score");

        private final String words;

        Value(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** The value a rule condition tests, if it tests one that objectives carry. */
        public static Optional<Value> testedBy(RuleConditionType c) {
            return switch (c.reads()) {
                case SATISFACTION -> Optional.of(SATISFIED_STATUS);
                case MEASURE -> Optional.of(NORMALIZED_MEASURE);
                case COMPLETION -> Optional.of(COMPLETION_STATUS);
                case ACTIVITY -> Optional.empty();
            };
        }
    }

    /**
     * One read or write.
     *
     * @param objectiveId the local objective's ID; empty for a primary objective without one
     */
    public record Access(Activity activity, Optional<String> objectiveId, boolean primary, String target, Value value,
                         boolean write) {}

    private static final Value[] ADL_VALUES = {Value.RAW_SCORE, Value.MIN_SCORE, Value.MAX_SCORE,
            Value.COMPLETION_STATUS, Value.PROGRESS_MEASURE};

    private final List<Access> accesses;

    private ObjectiveSharing(List<Access> accesses) {
        this.accesses = List.copyOf(accesses);
    }

    public static ObjectiveSharing of(ActivityTree tree) {
        List<Access> out = new ArrayList<>();
        for (Activity a : tree.activities()) out.addAll(accessesOf(a));
        return new ObjectiveSharing(out);
    }

    /** The reads and writes of one activity's own objectives. */
    public static List<Access> accessesOf(Activity a) {
        List<Access> out = new ArrayList<>();
        SequencingDefinition d = a.sequencing();
        for (Objective o : d.objectives()) {
            for (ObjectiveMap m : o.maps()) {
                String t = m.targetObjectiveId();
                if (m.readSatisfiedStatus()) out.add(new Access(a, o.objectiveId(), o.primary(), t, Value.SATISFIED_STATUS, false));
                if (m.readNormalizedMeasure()) out.add(new Access(a, o.objectiveId(), o.primary(), t, Value.NORMALIZED_MEASURE, false));
                if (m.writeSatisfiedStatus()) out.add(new Access(a, o.objectiveId(), o.primary(), t, Value.SATISFIED_STATUS, true));
                if (m.writeNormalizedMeasure()) out.add(new Access(a, o.objectiveId(), o.primary(), t, Value.NORMALIZED_MEASURE, true));
            }
        }
        for (AdlObjective o : d.adlObjectives()) {
            boolean primary = d.objective(o.objectiveId()).map(Objective::primary).orElse(false);
            for (AdlObjectiveMap m : o.maps()) {
                for (int i = 0; i < AdlObjectiveMap.FLAGS.size(); i++) {
                    if (m.flag(i)) {
                        out.add(new Access(a, Optional.of(o.objectiveId()), primary, m.targetObjectiveId(),
                                ADL_VALUES[i % ADL_VALUES.length], i >= ADL_VALUES.length));
                    }
                }
            }
        }
        return out;
    }

    public List<Access> accesses() {
        return accesses;
    }

    /** Every global objective ID mentioned, in first-use order. */
    public Set<String> targets() {
        Set<String> out = new LinkedHashSet<>();
        accesses.forEach(a -> out.add(a.target()));
        return out;
    }

    public List<Access> writes(String target) {
        return accesses.stream().filter(a -> a.write() && a.target().equals(target)).toList();
    }

    public List<Access> reads(String target) {
        return accesses.stream().filter(a -> !a.write() && a.target().equals(target)).toList();
    }

    /** The activities that write {@code value} of {@code target}, each once, in tree order. */
    public List<Activity> writers(String target, Value value) {
        List<Activity> out = new ArrayList<>();
        for (Access a : accesses) {
            if (a.write() && a.value() == value && a.target().equals(target)
                    && out.stream().noneMatch(x -> x.id().equals(a.activity().id()))) {
                out.add(a.activity());
            }
        }
        return out;
    }

    /** The global objectives the local objective {@code objectiveId} of {@code activity} reads {@code value} from. */
    public List<String> readSources(Activity activity, String objectiveId, Value value) {
        return accesses.stream().filter(a -> !a.write() && a.value() == value && a.activity().id().equals(activity.id())
                && a.objectiveId().filter(objectiveId::equals).isPresent()).map(Access::target).distinct().toList();
    }

    /**
     * The activities whose {@code value} a rule condition of {@code activity} on its objective
     * {@code objectiveId} really tests: the writers of the globals that objective reads it from.
     */
    public List<Activity> sourcesOf(Activity activity, String objectiveId, Value value) {
        List<Activity> out = new ArrayList<>();
        for (String target : readSources(activity, objectiveId, value)) {
            for (Activity w : writers(target, value)) {
                if (out.stream().noneMatch(x -> x.id().equals(w.id()))) out.add(w);
            }
        }
        return out;
    }
}
