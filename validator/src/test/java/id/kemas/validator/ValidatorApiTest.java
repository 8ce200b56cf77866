package id.kemas.validator;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import id.kemas.core.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java API others build on: options, severities, verdicts, and the sequencing-lint seam. */
class ValidatorApiTest {

    @TempDir
    Path tmp;

    private Path fixture(String name) throws IOException {
        return Fixtures.materialise(Fixtures.spec(name), tmp);
    }

    /** Options for checking the validator's own stages: without registered sequencing-lint IDs. */
    private static ValidationOptions.Builder options() {
        ValidationOptions.Builder b = ValidationOptions.builder();
        Fixtures.registeredLintIds().forEach(b::suppress);
        return b;
    }

    @Test
    void aCleanPackageIsValidAndPasses() throws IOException {
        Report r = Validator.validate(fixture("pkg-minimal-valid"), options().build());
        assertTrue(r.isValid());
        assertTrue(r.passed());
        assertEquals(PackageKind.SCORM_2004_4TH, r.kind());
        assertEquals(0, r.errorCount());
        assertEquals(0, r.warningCount());
        assertEquals(List.of(Stage.CONTAINER, Stage.MANIFEST, Stage.CONTROLLING_DOCUMENTS, Stage.SCHEMA,
                Stage.CONTENT_AGGREGATION, Stage.FILES, Stage.LAUNCH_PAGES, Stage.SEQUENCING_LINT), r.stagesRun());
    }

    @Test
    void aProfileRunsAsTheLastStage() throws IOException {
        Report r = Validator.validate(fixture("prf-rules-warning"), options().profile(Profile.MOODLE).build());
        assertEquals(List.of(Stage.CONTAINER, Stage.MANIFEST, Stage.CONTROLLING_DOCUMENTS, Stage.SCHEMA,
                Stage.CONTENT_AGGREGATION, Stage.FILES, Stage.LAUNCH_PAGES, Stage.SEQUENCING_LINT, Stage.PROFILE),
                r.stagesRun());
        assertTrue(r.problems().stream().anyMatch(p -> p.id().startsWith("PRF-")), r.problems().toString());
    }

    @Test
    void warningsFailOnlyWhenAsked() throws IOException {
        Path pkg = fixture("res-unreferenced-warning");
        Report lenient = Validator.validate(pkg, options().build());
        Report strict = Validator.validate(pkg, options().failOnWarning(true).build());
        assertTrue(lenient.isValid() && lenient.passed());
        assertTrue(strict.isValid() && !strict.passed());
    }

    @Test
    void severitiesCanBeChangedOrSwitchedOff() throws IOException {
        Path pkg = fixture("res-unreferenced-warning");
        Report raised = Validator.validate(pkg, options().severity("RES-003", Severity.ERROR).build());
        assertFalse(raised.isValid());
        assertEquals(Severity.ERROR, raised.problems().get(0).severity());
        Report off = Validator.validate(pkg, options().suppress("RES-003").build());
        assertEquals(List.of(), off.problems());
    }

    @Test
    void severityFilesNameTheLineThatIsWrong() throws Exception {
        SeverityOverrides o = SeverityOverrides.parse("sev.txt",
                List.of("# comment", "", "RES-003 = off", "cam-043\twarning", "CAM-005 error"), Validator.messageIds()::contains);
        assertEquals(Set.of("RES-003"), o.suppressed());
        assertEquals(Severity.WARNING, o.severities().get("CAM-043"));
        var e1 = assertThrows(SeverityOverrides.FormatException.class,
                () -> SeverityOverrides.parse("sev.txt", List.of("XYZ-999 = error"), Validator.messageIds()::contains));
        assertEquals("sev.txt:1: unknown message ID XYZ-999", e1.getMessage());
        var e2 = assertThrows(SeverityOverrides.FormatException.class,
                () -> SeverityOverrides.parse("sev.txt", List.of("", "RES-003 = loud"), Validator.messageIds()::contains));
        assertTrue(e2.getMessage().startsWith("sev.txt:2: unknown severity 'loud'"), e2.getMessage());
    }

    @Test
    void problemsAreSortedByFileLineColumnAndId() throws IOException {
        Report r = Validator.validate(fixture("cam-xml-base-leading-slash-error"), ValidationOptions.defaults());
        List<Problem> sorted = r.problems().stream()
                .sorted((a, b) -> a.location().compareTo(b.location()) != 0 ? a.location().compareTo(b.location()) : a.id().compareTo(b.id()))
                .toList();
        assertEquals(sorted, r.problems());
    }

    /** A stand-in for the sequencing lint: it sees the parsed manifest and reports with its own IDs. */
    static final class CountingLint implements ManifestCheck {
        @Override
        public String name() {
            return "test-lint";
        }

        @Override
        public Set<String> messageIds() {
            return Set.of("SEQ-900");
        }

        @Override
        public void check(CheckContext ctx, Problems problems) {
            int items = ctx.manifest().structure().items().size();
            problems.add(new Problem("SEQ-900", Severity.WARNING, Location.of("imsmanifest.xml"),
                    "saw " + items + " item(s) in " + ctx.files().size() + " file(s)", ""));
        }
    }

    @Test
    void sequencingLintPlugsIntoStageEight() throws IOException {
        Report r = Validator.validate(fixture("pkg-minimal-valid"),
                options().check(new CountingLint()).severity("SEQ-900", Severity.INFO).build());
        assertEquals(1, r.problems().size());
        Problem p = r.problems().get(0);
        assertEquals("SEQ-900", p.id());
        assertEquals(Severity.INFO, p.severity());
        assertTrue(p.message().startsWith("saw 1 item(s) in "), p.message());
        assertTrue(r.stagesRun().contains(Stage.SEQUENCING_LINT));
    }

    @Test
    void aFatalProblemStopsTheLaterStages() throws IOException {
        Report r = Validator.validate(fixture("man-malformed-error"), ValidationOptions.defaults());
        assertEquals(List.of(Stage.CONTAINER, Stage.MANIFEST), r.stagesRun());
        assertEquals(PackageKind.UNKNOWN, r.kind());
    }

    @Test
    void scorm12PackagesAreRecognised() throws IOException {
        Report r = Validator.validate(fixture("man-scorm12-valid"), options().build());
        assertEquals(PackageKind.SCORM_12, r.kind());
        assertTrue(r.passed());
    }
}
