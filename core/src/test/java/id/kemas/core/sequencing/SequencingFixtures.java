package id.kemas.core.sequencing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.load.LoadResult;
import id.kemas.core.model.Course;
import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.compile.SequencingCompiler;
import id.kemas.core.sequencing.lint.SequencingLint;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Loading and compiling the template fixtures under {@code sequencing/} and the BerAKHLAK sample. */
final class SequencingFixtures {

    private SequencingFixtures() {}

    static Path fixture(String name) {
        try {
            return Path.of(SequencingFixtures.class.getResource("/sequencing/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path berakhlak() {
        return Path.of("../samples/berakhlak");
    }

    static Course load(Path folder) {
        LoadResult r = CourseLoader.load(folder);
        assertEquals(List.of(), r.problems(), "fixture " + folder + " loads cleanly");
        return r.course().orElseThrow();
    }

    /** The compiled tree of a course that must compile and lint without any problem. */
    static ActivityTree clean(Path folder) {
        SequencingCompiler.Compilation c = SequencingCompiler.compile(load(folder));
        assertEquals(List.of(), c.problems().stream().map(Problem::headline).toList(), "compiles cleanly: " + folder);
        List<Problem> lint = SequencingLint.check(c.tree());
        assertEquals(List.of(), lint.stream().map(Problem::headline).toList(), "lints cleanly: " + folder);
        return c.tree();
    }

    static ActivityTree clean(String template) {
        return clean(fixture(template));
    }

    static SequencingRule rule(Activity a, RuleAction action) {
        List<SequencingRule> found = a.sequencing().rules().stream().filter(r -> r.action() == action).toList();
        assertEquals(1, found.size(), a.id() + " has one " + action.xml() + " rule");
        return found.get(0);
    }

    static void noRules(Activity a) {
        assertTrue(a.sequencing().rules().isEmpty(), a.id() + " has no rules: " + a.sequencing().rules());
    }
}
