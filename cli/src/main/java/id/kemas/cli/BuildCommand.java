package id.kemas.cli;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.load.LoadResult;
import id.kemas.core.model.Course;
import id.kemas.core.problem.Problems;
import id.kemas.core.problem.Severity;
import id.kemas.export.build.BuildOptions;
import id.kemas.export.build.BuildResult;
import id.kemas.export.build.FullValidationCheck;
import id.kemas.export.build.ManifestSchemaCheck;
import id.kemas.export.build.PackageCheck;
import id.kemas.export.target.Target;
import id.kemas.export.target.TargetBuild;
import id.kemas.export.zip.ZipTimestamp;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kemas build <course-dir> [-o out.zip] [--target t]}: loads a course folder and writes its SCORM package. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds a SCORM package (a zip) from a course folder, for the kind of LMS named by --target.",
                "Problems in the course are printed as file:line:col: error ID: message, and no zip is written."})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<course-dir>", description = "The course folder (with course.yaml).")
    Path courseDir;

    @Option(names = {"-o", "--output"}, paramLabel = "<out.zip>",
            description = "Where to write the package. Default: <course-dir>/dist/<id>-<version>.zip, "
                    + "with -<target> before .zip for a target other than moodle")
    Path output;

    @Option(names = "--target", paramLabel = "<target>", defaultValue = "moodle", converter = TargetConverter.class,
            completionCandidates = TargetConverter.Names.class,
            description = {"The kind of LMS: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). See docs/targets.md.",
                    "moodle: one SCORM 2004 SCO that holds the whole course and enforces its sequencing itself.",
                    "scorm12: the same single SCO as SCORM 1.2 (the Moodle app, older LMSs).",
                    "scorm2004: one SCO per leaf, the sequencing in the manifest (LMSs with a sequencing engine)."})
    Target target;

    /** How the written package is checked before it is moved into place. */
    enum Check {
        schema(new ManifestSchemaCheck()),
        full(new FullValidationCheck());

        final PackageCheck check;

        Check(PackageCheck check) {
            this.check = check;
        }
    }

    @Option(names = "--check", paramLabel = "<schema|full>", defaultValue = "schema",
            description = {"Self-check of the written package; it is kept only if this finds no error.",
                    "schema (default): the manifest against the full schema set of its SCORM edition.",
                    "full: the whole validator (rules, files, launch pages); slower on large courses."})
    Check check;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(courseDir)) {
            throw new ParameterException(spec.commandLine(), "not a course folder: " + courseDir);
        }
        ProblemPrinter printer = new ProblemPrinter(err, courseDir);
        BuildOptions options = BuildOptions.defaults().withCheck(check.check);
        if (Terminal.stderrIsTerminal()) options = options.withProgress(new ProgressBar(err));
        TargetBuild build = new TargetBuild(this.target, options, Optional.of(courseDir.resolve("theme")));
        build.prepare();    // JAXB and the target's schemas, in the background while the course loads

        long loadStart = System.nanoTime();
        LoadResult loaded = CourseLoader.load(courseDir);
        Duration loading = Duration.ofNanos(System.nanoTime() - loadStart);
        printer.print(loaded.problems());
        if (loaded.hasErrors() || loaded.course().isEmpty()) return ExitCodes.EXIT_PROBLEMS;
        Course course = loaded.course().get();

        String suffix = this.target == Target.DEFAULT ? "" : "-" + this.target.id();
        Path target = output != null ? output : courseDir.resolve("dist").resolve(course.packageBaseName() + suffix + ".zip");
        Problems problems = new Problems(CourseLoader.MESSAGES);
        BuildResult result = build.withTimestamp(timestamp(course)).build(course, courseDir, target, problems);
        printer.print(problems.sorted());
        return switch (result.status()) {
            case BUILT -> {
                new BuildSummary(course, result, target, countWarnings(loaded, problems), verbose() ? loading : null).print(out);
                yield ExitCodes.OK;
            }
            case INPUT_PROBLEMS -> ExitCodes.EXIT_PROBLEMS;
            case SELF_CHECK_FAILED -> ExitCodes.EXIT_INTERNAL;
        };
    }

    private boolean verbose() {
        return spec.commandLine().getParseResult().expandedArgs().contains("--verbose");
    }

    private ZipTimestamp timestamp(Course course) {
        try {
            return ZipTimestamp.of(course.version(), Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static long countWarnings(LoadResult loaded, Problems built) {
        return loaded.problems().stream().filter(p -> p.severity() == Severity.WARNING).count()
                + built.count(Severity.WARNING);
    }
}
