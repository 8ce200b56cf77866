package id.kemas.core.sequencing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.load.LoadResult;
import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.compile.SequencingCompiler;
import id.kemas.core.sequencing.lint.SequencingLint;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder under {@code sequencing/lint/} is a course named {@code <rule>-error} or
 * {@code <rule>-valid}; its {@code expected.txt} lists exactly the sequencing problems (ID and
 * location) that compiling and linting it must report, and nothing else: none for a valid one.
 */
class LintFixturesTest {

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(LintFixturesTest.class.getResource("/sequencing/lint").toURI());
        return Files.list(root).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsExactlyTheExpectedProblems(Path course) throws IOException {
        List<String> expected = Files.readAllLines(course.resolve("expected.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<Problem> problems = problems(course);
        assertEquals(expected, problems.stream().map(p -> p.id() + " " + p.location()).toList(),
                () -> problems.stream().map(Problem::headline).collect(Collectors.joining("\n")));
        problems.forEach(p -> assertFalse(p.hint().isBlank(), "every problem has a fix hint: " + p.id()));
        if (course.getFileName().toString().endsWith("-valid")) assertTrue(expected.isEmpty(), "a valid fixture expects nothing");
    }

    @Test
    void everyLintRuleHasAFailingAndAPassingFixture() throws Exception {
        Set<String> failing = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        List<Path> all = fixtures().toList();
        for (Path course : all) {
            String name = course.getFileName().toString();
            if (name.endsWith("-error")) {
                problems(course).forEach(p -> failing.add(p.id()));
                String rule = name.substring(0, name.length() - "-error".length()).replace("-linear", "");
                rules.add(rule);
                assertTrue(Files.isDirectory(course.resolveSibling(rule + "-valid")), "passing fixture for " + rule);
            }
        }
        Set<String> lintIds = SequencingLint.messageIds();
        assertEquals(lintIds, failing, "every lint message ID is shown by an -error fixture");
        assertEquals(lintIds.size(), rules.size(), "one error/valid pair per lint rule");
    }

    static List<Problem> problems(Path course) {
        LoadResult loaded = CourseLoader.load(course);
        assertTrue(loaded.course().isPresent(), () -> "fixture loads: " + loaded.problems());
        List<Problem> out = new ArrayList<>(loaded.problems());
        SequencingCompiler.Compilation c = SequencingCompiler.compile(loaded.course().get());
        out.addAll(c.problems());
        out.addAll(SequencingLint.check(c.tree()));
        return out;
    }
}
