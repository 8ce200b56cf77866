package id.kemas.core.sequencing;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code imsss:limitConditions}. None of the attributes has a default: absent means no limit.
 * SCORM 2004 requires LMSs to honour only {@code attemptLimit} (and reports
 * {@code attemptAbsoluteDurationLimit} to the SCO); the others are optional for an LMS.
 * Durations are {@code xs:duration}, times {@code xs:dateTime}, kept as written.
 */
public record LimitConditions(OptionalInt attemptLimit, Optional<String> attemptAbsoluteDurationLimit,
                              Optional<String> attemptExperiencedDurationLimit,
                              Optional<String> activityAbsoluteDurationLimit,
                              Optional<String> activityExperiencedDurationLimit,
                              Optional<String> beginTimeLimit, Optional<String> endTimeLimit) {

    public static final LimitConditions NONE = new LimitConditions(OptionalInt.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public static final ElementSpec<LimitConditions> SPEC = new ElementSpec<>("imsss", "limitConditions", NONE, List.of(
            Attribute.optionalCount("attemptLimit", LimitConditions::attemptLimit, LimitConditions::withAttemptLimit),
            duration("attemptAbsoluteDurationLimit", 0),
            duration("attemptExperiencedDurationLimit", 1),
            duration("activityAbsoluteDurationLimit", 2),
            duration("activityExperiencedDurationLimit", 3),
            time("beginTimeLimit", 4),
            time("endTimeLimit", 5)));

    public LimitConditions {
        attemptAbsoluteDurationLimit.ifPresent(d -> Lexical.duration(d, "attemptAbsoluteDurationLimit"));
        attemptExperiencedDurationLimit.ifPresent(d -> Lexical.duration(d, "attemptExperiencedDurationLimit"));
        activityAbsoluteDurationLimit.ifPresent(d -> Lexical.duration(d, "activityAbsoluteDurationLimit"));
        activityExperiencedDurationLimit.ifPresent(d -> Lexical.duration(d, "activityExperiencedDurationLimit"));
        beginTimeLimit.ifPresent(d -> Lexical.dateTime(d, "beginTimeLimit"));
        endTimeLimit.ifPresent(d -> Lexical.dateTime(d, "endTimeLimit"));
    }

    public static LimitConditions attempts(int limit) {
        return NONE.withAttemptLimit(OptionalInt.of(limit));
    }

    public LimitConditions withAttemptLimit(OptionalInt v) {
        return new LimitConditions(v, attemptAbsoluteDurationLimit, attemptExperiencedDurationLimit,
                activityAbsoluteDurationLimit, activityExperiencedDurationLimit, beginTimeLimit, endTimeLimit);
    }

    /** The time and duration limits other than the attempt's absolute duration, which LMSs need not enforce. */
    public List<String> optionalLimitsUsed() {
        List<String> out = new java.util.ArrayList<>();
        if (attemptExperiencedDurationLimit.isPresent()) out.add("attemptExperiencedDurationLimit");
        if (activityAbsoluteDurationLimit.isPresent()) out.add("activityAbsoluteDurationLimit");
        if (activityExperiencedDurationLimit.isPresent()) out.add("activityExperiencedDurationLimit");
        if (beginTimeLimit.isPresent()) out.add("beginTimeLimit");
        if (endTimeLimit.isPresent()) out.add("endTimeLimit");
        return out;
    }

    private Optional<String> text(int i) {
        return switch (i) {
            case 0 -> attemptAbsoluteDurationLimit;
            case 1 -> attemptExperiencedDurationLimit;
            case 2 -> activityAbsoluteDurationLimit;
            case 3 -> activityExperiencedDurationLimit;
            case 4 -> beginTimeLimit;
            default -> endTimeLimit;
        };
    }

    private LimitConditions withText(int i, Optional<String> v) {
        return new LimitConditions(attemptLimit,
                i == 0 ? v : attemptAbsoluteDurationLimit, i == 1 ? v : attemptExperiencedDurationLimit,
                i == 2 ? v : activityAbsoluteDurationLimit, i == 3 ? v : activityExperiencedDurationLimit,
                i == 4 ? v : beginTimeLimit, i == 5 ? v : endTimeLimit);
    }

    private static Attribute<LimitConditions> duration(String name, int i) {
        return Attribute.optionalText(name, l -> l.text(i), (l, v) -> l.withText(i, v), t -> Lexical.duration(t, name));
    }

    private static Attribute<LimitConditions> time(String name, int i) {
        return Attribute.optionalText(name, l -> l.text(i), (l, v) -> l.withText(i, v), t -> Lexical.dateTime(t, name));
    }
}
