package id.kemas.cli;

import id.kemas.core.model.Course;
import id.kemas.export.build.BuildResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/** The one-screen account of a finished build, on standard output. */
final class BuildSummary {

    private final Course course;
    private final BuildResult result;
    private final Path target;
    private final long warnings;
    private final Duration loading;

    /** @param loading how long loading the course took; given, the steps are listed (--verbose) */
    BuildSummary(Course course, BuildResult result, Path target, long warnings, Duration loading) {
        this.course = course;
        this.result = result;
        this.target = target;
        this.warnings = warnings;
        this.loading = loading;
    }

    void print(PrintWriter out) {
        out.println("Built " + target);
        out.println("  course    " + course.id() + " " + course.version() + "  " + course.title());
        out.println("  SCOs      " + result.scos());
        out.println("  files     " + result.files() + "  (" + Sizes.human(result.contentBytes()) + ", zipped "
                + Sizes.human(result.packageBytes()) + ")");
        out.println("  time      " + Sizes.seconds(result.time()) + (loading == null ? "" : " (after loading the course)"));
        if (loading != null) {
            out.println("    " + String.format("%-16s", "load course") + Sizes.seconds(loading));
            result.steps().forEach((step, d) -> out.println("    " + String.format("%-16s", step) + Sizes.seconds(d)));
            out.println("    (JVM started " + Sizes.seconds(Duration.ofMillis(System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime())) + " ago)");
        }
        if (warnings > 0) out.println("  warnings  " + warnings + " (printed above)");
        out.flush();
    }
}
