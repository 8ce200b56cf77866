package id.kemas.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.problem.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder under {@code broken/} is a course with one kind of mistake; its {@code expected.txt}
 * lists exactly the problems (ID and location) loading must report, and nothing else.
 */
class BrokenCoursesTest {

    static Stream<Path> brokenCourses() throws IOException, URISyntaxException {
        Path root = Path.of(BrokenCoursesTest.class.getResource("/broken").toURI());
        return Files.list(root).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCourses")
    void reportsExactlyTheExpectedProblems(Path course) throws IOException {
        List<String> expected = Files.readAllLines(course.resolve("expected.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

        LoadResult result = CourseLoader.load(course);

        List<String> actual = result.problems().stream().map(p -> describe(p, course)).toList();
        assertEquals(expected, actual, "problems of " + course.getFileName());
        assertTrue(result.course().isEmpty(), "a course with errors gives no model");
        assertTrue(result.hasErrors());
        result.problems().forEach(p -> assertTrue(!p.hint().isBlank(), "every problem has a hint: " + p.id()));
    }

    private static String describe(Problem p, Path course) {
        String where = p.location().file().startsWith(course.toString()) || p.location().file().startsWith("/")
                ? "" : " " + p.location();
        return (p.id() + where).strip();
    }
}
