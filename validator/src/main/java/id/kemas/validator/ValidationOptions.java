package id.kemas.validator;

import id.kemas.core.problem.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to validate: the LMS profile, per-ID severity changes, whether warnings fail, the read limits,
 * and any extra manifest checks to run in the sequencing-lint stage.
 * <pre>
 * ValidationOptions opts = ValidationOptions.builder().profile(Profile.MOODLE).failOnWarning(true).build();
 * </pre>
 *
 * @param severityOverrides new severities by message ID (applied to every problem with that ID)
 * @param suppressed        message IDs that are not reported at all
 * @param extraChecks       checks run in stage 8 after those found with {@link java.util.ServiceLoader}
 */
public record ValidationOptions(Profile profile, Map<String, Severity> severityOverrides, Set<String> suppressed,
                                boolean failOnWarning, Limits limits, List<ManifestCheck> extraChecks) {

    public ValidationOptions {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(limits, "limits");
        severityOverrides = Map.copyOf(severityOverrides);
        suppressed = Set.copyOf(suppressed);
        extraChecks = List.copyOf(extraChecks);
    }

    /** No profile, catalogue severities, warnings do not fail, {@link Limits#defaults()}. */
    public static ValidationOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().profile(profile).failOnWarning(failOnWarning).limits(limits);
        b.overrides.putAll(severityOverrides);
        b.suppressed.addAll(suppressed);
        b.checks.addAll(extraChecks);
        return b;
    }

    public static final class Builder {
        private Profile profile = Profile.NONE;
        private final Map<String, Severity> overrides = new LinkedHashMap<>();
        private final Set<String> suppressed = new LinkedHashSet<>();
        private boolean failOnWarning;
        private Limits limits = Limits.defaults();
        private final List<ManifestCheck> checks = new ArrayList<>();

        public Builder profile(Profile p) {
            profile = Objects.requireNonNull(p);
            return this;
        }

        public Builder severity(String id, Severity s) {
            overrides.put(id, Objects.requireNonNull(s));
            return this;
        }

        public Builder severities(SeverityOverrides o) {
            overrides.putAll(o.severities());
            suppressed.addAll(o.suppressed());
            return this;
        }

        public Builder suppress(String id) {
            suppressed.add(id);
            return this;
        }

        public Builder failOnWarning(boolean b) {
            failOnWarning = b;
            return this;
        }

        public Builder limits(Limits l) {
            limits = Objects.requireNonNull(l);
            return this;
        }

        public Builder check(ManifestCheck c) {
            checks.add(Objects.requireNonNull(c));
            return this;
        }

        public ValidationOptions build() {
            return new ValidationOptions(profile, overrides, suppressed, failOnWarning, limits, checks);
        }
    }
}
