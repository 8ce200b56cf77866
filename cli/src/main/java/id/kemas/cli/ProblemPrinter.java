package id.kemas.cli;

import id.kemas.core.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Prints problems the way compilers do, one per line, with the hint under it:
 * <pre>
 * samples/x/pages/intro.md:7:1: error KMS-012: The image 'media/a.png' does not exist
 *     hint: Add the file to the course folder, or fix the path.
 * </pre>
 * Course-relative file names are shown under the folder the user named, so they can be opened as
 * printed.
 */
final class ProblemPrinter {

    private final PrintWriter err;
    private final Path base;

    /** @param base the folder the problems' files are relative to, as the user wrote it */
    ProblemPrinter(PrintWriter err, Path base) {
        this.err = err;
        this.base = base;
    }

    void print(Collection<Problem> problems) {
        for (Problem p : problems) {
            String file = p.location().file();
            String shown = file.isEmpty() || Path.of(file).isAbsolute() ? file : base.resolve(file).normalize().toString();
            String where = new id.kemas.core.problem.Location(shown, p.location().line(), p.location().column()).toString();
            err.println((where.isEmpty() ? "" : where + ": ") + p.severity().word() + " " + p.id() + ": " + p.message());
            if (!p.hint().isBlank()) err.println("    hint: " + p.hint());
        }
        err.flush();
    }
}
