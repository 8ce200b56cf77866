package id.kemas.core.load;

import id.kemas.core.model.Sequencing;
import id.kemas.core.problem.DidYouMean;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import id.kemas.core.sequencing.RawSequencing;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads a {@code sequencing:} block of course.yaml into the author's {@link Sequencing} intent. */
final class SequencingReader {

    private static final Set<String> NODE_KEYS = Set.of("navigation", "optional", "gated-by", "attempts",
            "remediation", "test-out", "hide-lms-ui", "random-bank", "raw");
    private static final Set<String> COURSE_KEYS = Set.of("navigation", "result-from", "raw");

    private final Problems problems;
    private final References references;

    SequencingReader(Problems problems, References references) {
        this.problems = problems;
        this.references = references;
    }

    Sequencing read(YamlMap m, boolean courseLevel) {
        m.allowOnly(courseLevel ? COURSE_KEYS : NODE_KEYS);
        Optional<Sequencing.Navigation> navigation = m.string("navigation").flatMap(n -> {
            Optional<Sequencing.Navigation> found = Sequencing.Navigation.byKey(n.strip());
            if (found.isEmpty()) {
                List<String> keys = Arrays.stream(Sequencing.Navigation.values()).map(Sequencing.Navigation::key).toList();
                problems.report("KMS-023", m.valueLocation("navigation"), n, "navigation", DidYouMean.hint(n.strip(), keys));
            }
            return found;
        });
        boolean optional = m.bool("optional").orElse(false);
        List<String> gatedBy = ids(m, "gated-by", References.Kind.ANY_NODE);
        OptionalInt attempts = atLeastOne(m, "attempts");
        Optional<String> remediation = m.string("remediation").map(String::strip);
        remediation.ifPresent(r -> references.note("remediation", r, References.Kind.ANY_NODE, m.valueLocation("remediation")));
        List<String> testOut = ids(m, "test-out", References.Kind.ANY_NODE);
        boolean hide = m.bool("hide-lms-ui").orElse(false);
        OptionalInt randomBank = atLeastOne(m, "random-bank");
        Optional<String> resultFrom = m.string("result-from").map(String::strip);
        resultFrom.ifPresent(r -> references.note("result-from", r, References.Kind.QUIZ_LEAF, m.valueLocation("result-from")));
        RawSequencing raw = m.map("raw").map(r -> new RawSequencingReader(problems).read(r, courseLevel))
                .orElse(RawSequencing.NONE);
        Map<String, Location> locations = new LinkedHashMap<>();
        for (String key : m.keys()) locations.put(key, m.keyLocation(key));
        return new Sequencing(navigation, optional, gatedBy, attempts, remediation, testOut, hide, randomBank, resultFrom,
                raw, locations);
    }

    private OptionalInt atLeastOne(YamlMap m, String key) {
        OptionalInt n = m.integer(key);
        if (n.isPresent() && n.getAsInt() < 1) {
            problems.report("KMS-026", m.valueLocation(key), key, 1, "any", n.getAsInt());
            return OptionalInt.empty();
        }
        return n;
    }

    private List<String> ids(YamlMap m, String key, References.Kind kind) {
        return m.strings(key).stream().map(s -> {
            references.note(key, s.value().strip(), kind, s.location());
            return s.value().strip();
        }).toList();
    }
}
