package id.kemas.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CourseFilesTest {

    @TempDir
    Path root;

    /** What a written path becomes, or why it is refused (KMS-015's reason). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pages/intro.md        | pages/intro.md",
            "' pages/./intro.md '  | pages/intro.md",
            "pages/../media/a.png  | media/a.png",
            "ab:c.md               | ab:c.md",
            "a:b.md                | refused: is absolute",
            "1:b.md                | 1:b.md",
            "C:/course/intro.md    | refused: is absolute",
            "c:intro.md            | refused: is absolute",
            "z:                    | refused: is absolute",
            "/etc/passwd           | refused: is absolute",
            "pages\\intro.md       | refused: contains a backslash",
            "../outside.md         | refused: leaves the course folder",
            "pages/../..           | refused: leaves the course folder",
            "'  '                  | refused: is empty"})
    void normalisesOrRefusesWrittenPaths(String written, String expected) {
        Problems problems = new Problems(CourseLoader.MESSAGES);
        Optional<String> normal = new CourseFiles(root, problems).normalise(written, Location.of("course.yaml"));
        String got = normal.orElseGet(() -> {
            Problem p = problems.sorted().get(0);
            assertEquals("KMS-015", p.id());
            return "refused: " + reason(p.message());
        });
        assertEquals(expected, got);
        assertEquals(normal.isPresent() ? 0 : 1, problems.sorted().size());
    }

    private static String reason(String message) {
        for (String r : new String[] {"is absolute", "contains a backslash", "leaves the course folder", "is empty"}) {
            if (message.contains(r)) return r;
        }
        return message;
    }
}
