package id.kemas.export.build;

import id.kemas.core.concurrent.Futures;
import id.kemas.core.model.Course;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import id.kemas.core.problem.Severity;
import id.kemas.export.manifest.ManifestWriter;
import id.kemas.export.pkg.PackageEntry;
import id.kemas.export.zip.ZipPackageWriter;
import id.kemas.export.zip.ZipTimestamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Builds a SCORM 2004 4th Edition package from a loaded course, in named steps:
 * <ol>
 *   <li>render pages ({@link RenderStep})</li>
 *   <li>write manifest ({@link ManifestStep})</li>
 *   <li>collect files ({@link CollectStep})</li>
 *   <li>zip, into a temporary file beside the output ({@link ZipPackageWriter})</li>
 *   <li>check the package ({@link PackageCheck}), then move it into place ({@link TempOutput})</li>
 * </ol>
 * Problems in the course stop the build before anything is written. Slow one-time set-up (JAXB,
 * the self-check's schemas) runs on another thread while pages are rendered ({@link #prepare}), and
 * the check of the manifest while the zip is written ({@link PackageCheck#checkManifest}).
 */
public final class PackageBuild {

    private final BuildOptions options;

    public PackageBuild(BuildOptions options) {
        this.options = options;
    }

    /**
     * @param courseRoot the course folder; course paths are relative to it
     * @param output     where the zip goes; an existing file is replaced only by a successful build
     * @param problems   receives what is wrong; the course's own problems may already be in it
     * @throws IOException if reading course files or writing the package fails
     */
    public BuildResult build(Course course, Path courseRoot, Path output, Problems problems) throws IOException {
        long start = System.nanoTime();
        StepClock clock = new StepClock();
        CompletableFuture<Void> setUp = prepare(options.check());
        try {
            RenderedCourse pages = render(course, courseRoot, problems);
            clock.lap("render pages");
            Optional<PackageEntry.Bytes> manifest = problems.hasErrors() ? Optional.empty()
                    : ManifestStep.write(course, pages, options.sequencing(), options.format(), problems);
            clock.lap("write manifest");
            if (manifest.isEmpty()) return BuildResult.notBuilt(BuildResult.Status.INPUT_PROBLEMS, since(start), clock.laps());
            List<PackageEntry> entries = CollectStep.collect(course, courseRoot, pages, manifest.get(), options.format().schemaFiles(), problems);
            clock.lap("collect files");
            if (problems.hasErrors()) return BuildResult.notBuilt(BuildResult.Status.INPUT_PROBLEMS, since(start), clock.laps());

            long content = ZipPackageWriter.contentSize(entries);
            ZipTimestamp timestamp = options.timestamp().orElseGet(() -> ZipTimestamp.fromEnvironment(course.version()));
            options.progress().started(content);
            CompletableFuture<Problems> manifestChecked = setUp.thenCompose(ready -> background("kemas-check", () -> {
                Problems found = new Problems(problems.catalog());
                options.check().checkManifest(manifest.get().data(), found);
                return found;
            }));
            try (TempOutput temp = TempOutput.beside(output)) {
                new ZipPackageWriter(timestamp, options.threads(), options.progress()).write(entries, temp.path());
                clock.lap("zip");
                Problems found = Futures.join(manifestChecked);
                options.check().check(temp.path(), found);
                clock.lap("check package");
                if (found.hasErrors()) {
                    for (Problem p : found.sorted()) problems.add(inPackage(p, output));
                    problems.add(BuildMessages.CATALOG.problem(BuildMessages.SELF_CHECK_FAILED,
                            Location.NONE, found.count(Severity.ERROR) + found.count(Severity.FATAL) + " error(s)"));
                    return BuildResult.notBuilt(BuildResult.Status.SELF_CHECK_FAILED, since(start), clock.laps());
                }
                long zipBytes = Files.size(temp.path());
                temp.commit();
                return new BuildResult(BuildResult.Status.BUILT, Optional.of(output), course.leaves().size(),
                        entries.size(), content, zipBytes, since(start), clock.laps());
            }
        } finally {
            options.progress().finished();
        }
    }

    private RenderedCourse render(Course course, Path courseRoot, Problems problems) {
        try {
            return RenderStep.render(course, courseRoot, options.renderer(), Math.max(1, options.threads()), problems);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering pages", e);
        }
    }

    /**
     * Starts the slow one-time set-up (the JAXB context, the check's schemas) on a background
     * thread. A caller may call this early, for example before it loads the course, so that the
     * set-up overlaps the loading; {@link #build} calls it too, and then finds the work done.
     */
    public static CompletableFuture<Void> prepare(PackageCheck check) {
        return background("kemas-set-up", () -> {
            ManifestWriter.prepare();
            check.prepare();
            return null;
        });
    }

    /** Runs {@code work} on a new daemon thread (a build never waits for work it has given up on). */
    private static <T> CompletableFuture<T> background(String name, Callable<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** A problem of the written package, located as {@code /path/to/out.zip!/imsmanifest.xml:3:4}. */
    private static Problem inPackage(Problem p, Path output) {
        Location at = p.location();
        String file = output.toAbsolutePath() + (at.file().isEmpty() ? "" : "!/" + at.file());
        return new Problem(p.id(), p.severity(), new Location(file, at.line(), at.column()), p.message(), p.hint());
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
