package id.kemas.core.sequencing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.compile.SequencingCompiler;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Templates used where they cannot work are reported at the key that asks for them. */
class TemplateProblemsTest {

    @Test
    void reportsEveryMisusedTemplateAtItsKey() {
        SequencingCompiler.Compilation c = SequencingCompiler.compile(SequencingFixtures.load(SequencingFixtures.fixture("template-errors")));
        List<String> actual = c.problems().stream().map(p -> p.id() + " " + p.location()).toList();
        assertEquals(List.of(
                "SEQ-143 course.yaml:7:3",    // result-from: a quiz without a pass mark
                "SEQ-147 course.yaml:12:7",   // hide-lms-ui on a cluster
                "SEQ-148 course.yaml:13:7",   // remediation on a cluster
                "SEQ-146 course.yaml:19:11",  // random-bank on a leaf
                "SEQ-144 course.yaml:24:11",  // test-out naming the cluster that holds the pre-test
                "SEQ-144 course.yaml:24:11",  // ... and the pre-test itself
                "SEQ-140 course.yaml:29:11",  // remediation naming an activity outside the test's cluster
                "SEQ-142 course.yaml:37:7",   // attempts on a test without a pass mark
                "SEQ-141 course.yaml:38:7"),  // test-out on a test without a pass mark
                actual, () -> c.problems().stream().map(Problem::headline).collect(Collectors.joining("\n")));
        assertTrue(c.hasErrors());
        c.problems().forEach(p -> assertFalse(p.hint().isBlank(), p.id()));
    }
}
