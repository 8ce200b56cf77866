package id.kemas.export.target;

import id.kemas.core.model.Course;
import id.kemas.core.rules.CourseRules;
import id.kemas.core.problem.Problems;
import id.kemas.export.build.BuildOptions;
import id.kemas.export.build.BuildResult;
import id.kemas.export.build.ManifestSchemaCheck;
import id.kemas.export.build.PackageBuild;
import id.kemas.export.build.PackageFormat;
import id.kemas.export.manifest.SequencingWriter;
import id.kemas.export.render.CourseShellRenderer;
import id.kemas.export.render.VelocityScoRenderer;
import id.kemas.export.sequencing.CompiledSequencingWriter;
import id.kemas.export.zip.ZipTimestamp;
import id.kemas.validator.schema.SchemaSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Builds a course for one {@link Target} with the build pipeline ({@link PackageBuild}):
 * <ul>
 * <li>scorm2004: a SCO per leaf ({@link VelocityScoRenderer}), compiled sequencing in the manifest;</li>
 * <li>moodle and scorm12: the course as one SCO ({@link SingleScoCourse}) drawn by the
 * {@link CourseShellRenderer}, which enforces the sequencing itself, so the manifest holds none
 * (moodle: only that the SCO reports its own status, {@link SelfReportingSco}); the suspend data is
 * checked against the target's budget; scorm12 with a SCORM 1.2 manifest and schemas.</li>
 * </ul>
 * The given options keep their check, timestamp, threads and progress; a schema check is made the
 * one of the target's standard.
 *
 * <pre>
 * BuildResult r = new TargetBuild(Target.MOODLE, BuildOptions.defaults(), Optional.of(courseRoot.resolve("theme")))
 *         .build(course, courseRoot, Path.of("course.zip"), problems);
 * </pre>
 */
public final class TargetBuild {

    private final Target target;
    private final BuildOptions options;
    private final Optional<Path> themeDir;

    public TargetBuild(Target target, BuildOptions options, Optional<Path> themeDir) {
        this.target = target;
        this.options = options;
        this.themeDir = themeDir;
    }

    public Target target() {
        return target;
    }

    /** The options the pipeline runs with for this target (without the course-bound parts of single-SCO targets). */
    public BuildOptions options() {
        return switch (target) {
            case SCORM2004 -> options.withRenderer(new VelocityScoRenderer(themeDir, target.suspendLimit()))
                    .withSequencing(new CompiledSequencingWriter()).withFormat(PackageFormat.SCORM_2004);
            case MOODLE -> options.withSequencing(new SelfReportingSco(Optional.empty())).withFormat(PackageFormat.SCORM_2004);
            case SCORM12 -> options.withSequencing(SequencingWriter.NONE).withFormat(new Scorm12Format())
                    .withCheck(options.check() instanceof ManifestSchemaCheck ? new ManifestSchemaCheck(SchemaSet.SCORM_12) : options.check());
        };
    }

    /** The same build, with the zip's timestamp set (it comes from the course, known once it is loaded). */
    public TargetBuild withTimestamp(ZipTimestamp timestamp) {
        return new TargetBuild(target, options.withTimestamp(timestamp), themeDir);
    }

    /**
     * Starts the slow one-time set-up of this target's build in the background (the manifest
     * writer's, and its self-check's schemas: a scorm12 package is checked against SCORM 1.2's), so
     * that a caller can overlap it with loading the course; {@link #build} then finds it done.
     */
    public void prepare() {
        PackageBuild.prepare(options().check());
    }

    /** Builds the package; see {@link PackageBuild#build}. */
    public BuildResult build(Course course, Path courseRoot, Path output, Problems problems) throws IOException {
        BuildOptions o = options();
        if (!target.singleSco()) return new PackageBuild(o).build(course, courseRoot, output, problems);
        CourseShellRenderer shell = new CourseShellRenderer(themeDir, target.suspendLimit(), target.standard());
        CourseRules rules = CourseRules.compile(course);
        o = o.withRenderer(shell.forCourse(course, rules));
        if (target == Target.MOODLE) o = o.withSequencing(new SelfReportingSco(rules.progressCompletion()));
        return new PackageBuild(o).build(SingleScoCourse.of(course), courseRoot, output, problems);
    }
}
