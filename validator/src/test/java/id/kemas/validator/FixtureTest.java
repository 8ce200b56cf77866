package id.kemas.validator;

import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every fixture package reports exactly the problems its {@code expected.txt} lists, and nothing
 * else, whether validated as a folder or as a zip.
 */
class FixtureTest {

    /**
     * IDs shown by other tests: container problems need archives or file-system states a fixture
     * folder cannot hold (ContainerTest, HostileInputTest); size limits need options (LimitsTest);
     * schema errors the SCORM schemas cannot produce are fed to the message mapping (XsdMessagesTest).
     */
    private static final Set<String> SHOWN_BY_OTHER_TESTS = Set.of(
            "PKG-001", "PKG-002", "PKG-003", "PKG-004", "PKG-005", "PKG-006", "PKG-007", "PKG-008", "PKG-009",
            "PKG-010", "PKG-011", "PKG-012", "PKG-013", "PKG-014", "PKG-015", "PKG-016", "PKG-017", "PKG-018",
            "PKG-019", "MAN-015", "MAN-016", "MAN-021", "HTM-008",
            "XSD-005", "XSD-006", "XSD-010", "XSD-017", "XSD-018", "XSD-022", "XSD-023", "XSD-024", "XSD-028",
            "XSD-030", "XSD-031", "XSD-099");

    static Stream<String> fixtures() {
        return Fixtures.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void folderReportsExactlyTheExpectedProblems(String name, @TempDir Path tmp) throws IOException {
        Fixtures.Spec spec = Fixtures.spec(name);
        Report report = Validator.validate(Fixtures.materialise(spec, tmp), spec.options());
        assertMatches(spec, report);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void zipReportsTheSameAsTheFolder(String name, @TempDir Path tmp) throws IOException {
        Fixtures.Spec spec = Fixtures.spec(name);
        Path folder = Fixtures.materialise(spec, tmp);
        Report fromFolder = Validator.validate(folder, spec.options());
        Report fromZip = Validator.validate(Fixtures.zip(folder, tmp.resolve(name + ".zip")), spec.options());
        assertEquals(withoutInputName(fromFolder), withoutInputName(fromZip));
        assertEquals(fromFolder.kind(), fromZip.kind());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void nameSaysWhatTheFixtureShows(String name) throws IOException {
        Fixtures.Spec spec = Fixtures.spec(name);
        Set<Severity> severities = spec.expected().stream()
                .map(e -> Messages.catalog().severity(e.id())).collect(Collectors.toSet());
        boolean errors = severities.contains(Severity.ERROR) || severities.contains(Severity.FATAL);
        switch (Fixtures.kindOf(name)) {
            case "valid" -> assertTrue(!errors && !severities.contains(Severity.WARNING), name + " lists errors or warnings");
            case "error" -> assertTrue(errors, name + " lists no error");
            case "warning" -> assertTrue(!errors && severities.contains(Severity.WARNING), name + " must list warnings only");
            default -> fail(name + " must end in -valid, -error or -warning");
        }
    }

    @Test
    void everyMessageIdIsShownByAFixtureOrATest() throws IOException {
        Set<String> shown = new TreeSet<>(SHOWN_BY_OTHER_TESTS);
        for (String name : fixtures().toList()) Fixtures.spec(name).expected().forEach(e -> shown.add(e.id()));
        Set<String> missing = new TreeSet<>(Messages.catalog().ids());
        missing.removeAll(shown);
        assertEquals(Set.of(), missing, "message IDs without a fixture");
    }

    /** The problems, with the input's own name (folder/ or file.zip) replaced by a placeholder. */
    private static List<String> withoutInputName(Report r) {
        return r.problems().stream().map(p -> p.headline().replace(r.input() + "/", "<input>").replace(r.input(), "<input>")).toList();
    }

    static void assertMatches(Fixtures.Spec spec, Report report) {
        List<Problem> unmatched = new ArrayList<>(report.problems());
        List<Fixtures.Expected> missing = new ArrayList<>();
        // Located expectations first, so that a bare ID does not take a located one's problem.
        List<Fixtures.Expected> ordered = new ArrayList<>(spec.expected());
        ordered.sort((a, b) -> Boolean.compare(a.where().isEmpty(), b.where().isEmpty()));
        for (Fixtures.Expected e : ordered) {
            Problem hit = unmatched.stream().filter(p -> p.id().equals(e.id()) && located(p, e.where())).findFirst().orElse(null);
            if (hit == null) missing.add(e);
            else unmatched.remove(hit);
        }
        if (!missing.isEmpty() || !unmatched.isEmpty()) {
            fail(spec.name() + ":\n  expected but not reported: " + missing
                    + "\n  reported but not expected:\n    "
                    + unmatched.stream().map(Problem::headline).collect(Collectors.joining("\n    ")));
        }
    }

    private static boolean located(Problem p, String where) {
        if (where.isEmpty()) return true;
        String loc = p.location().toString();
        return loc.equals(where) || loc.startsWith(where + ":");
    }
}
