package id.kemas.core.load;

import id.kemas.core.model.Course;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What loading a course folder gave: the course (absent when an error was found) and every
 * problem found, sorted by file and line.
 */
public record LoadResult(Optional<Course> course, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity().atLeast(Severity.ERROR));
    }
}
