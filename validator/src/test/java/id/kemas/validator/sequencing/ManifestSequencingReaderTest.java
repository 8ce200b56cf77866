package id.kemas.validator.sequencing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ActivityKind;
import id.kemas.core.sequencing.ActivityTree;
import id.kemas.core.sequencing.ControlMode;
import id.kemas.core.sequencing.DeliveryControls;
import id.kemas.core.sequencing.HideLmsUi;
import id.kemas.core.sequencing.RuleAction;
import id.kemas.core.sequencing.lint.SequencingLint;
import id.kemas.validator.Messages;
import id.kemas.validator.Report;
import id.kemas.validator.Stage;
import id.kemas.validator.ValidationOptions;
import id.kemas.validator.Validator;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A third-party manifest read into the sequencing model, and the lint run on it by the validator's stage 8. */
class ManifestSequencingReaderTest {

    @Test
    void readsTheEffectiveSequencingThroughTheCollection() throws Exception {
        Problems problems = new Problems(Messages.catalog());
        ActivityTree t = ManifestSequencingReader.readPackage(fixture(), problems).orElseThrow();
        assertEquals(List.of(), problems.sorted());
        assertEquals(List.of("ORG", "intro", "unit", "lesson", "test"), t.activities().stream().map(Activity::id).toList());
        assertEquals(ActivityKind.CLUSTER, t.get("unit").kind());
        assertEquals(ActivityKind.SCO, t.get("test").kind());

        Activity intro = t.get("intro");
        assertFalse(intro.sequencing().rollupRules().rollupObjectiveSatisfied(), "from the shared definition");
        assertEquals(0, intro.sequencing().rollupRules().objectiveMeasureWeight().signum());
        Activity lesson = t.get("lesson");
        assertEquals(RuleAction.SKIP, lesson.sequencing().rules().get(0).action(), "own rules over the shared definition");
        assertEquals(new DeliveryControls(true, true, true), lesson.sequencing().deliveryControls(), "the rest from the collection");
        assertEquals(ControlMode.DEFAULT, t.get("unit").sequencing().controlMode(), "flow=false and choice=true are the defaults");
        assertEquals(0, new BigDecimal("0.8").compareTo(t.get("test").sequencing().passMark().orElseThrow()));
        assertEquals(List.of(HideLmsUi.CONTINUE), t.get("test").settings().hideLmsUi());
        assertEquals("imsmanifest.xml:23:60", t.get("lesson").source().toString(), "locations are manifest lines");
    }

    @Test
    void theLintFindsWhatNoSchemaCanSee() throws Exception {
        ActivityTree t = ManifestSequencingReader.readPackage(fixture(), new Problems(Messages.catalog())).orElseThrow();
        List<String> found = SequencingLint.check(t).stream().map(p -> p.id() + " " + p.location()).toList();
        assertEquals(List.of(
                "SEQ-107 imsmanifest.xml:15:36", // the course can never be satisfied: 'unit' counts, but nothing in it does
                "SEQ-107 imsmanifest.xml:21:31", // 'unit' can never be completed once 'lesson' is skipped
                "SEQ-101 imsmanifest.xml:23:60", // 'urn:x:intro' is read but nothing writes it
                "SEQ-103 imsmanifest.xml:23:60", // a skip rule in a cluster without flow
                "SEQ-105 imsmanifest.xml:49:54"), // the test does not say it sets its own success status
                found);
    }

    @Test
    void stageEightRunsTheLintWhenItIsPluggedIn() throws Exception {
        Report r = Validator.validate(fixture(), ValidationOptions.builder().check(new SequencingLintCheck()).build());
        assertTrue(r.stagesRun().contains(Stage.SEQUENCING_LINT));
        List<String> lint = r.problems().stream().map(Problem::id).filter(id -> id.startsWith("SEQ-")).toList();
        assertEquals(List.of("SEQ-101", "SEQ-103", "SEQ-105", "SEQ-107", "SEQ-107"), lint.stream().sorted().toList());
        assertTrue(new SequencingLintCheck().messageIds().containsAll(List.of("SEQ-101", "SEQ-110")));
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(ManifestSequencingReaderTest.class.getResource("third-party").toURI());
    }
}
