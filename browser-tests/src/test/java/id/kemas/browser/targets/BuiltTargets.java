package id.kemas.browser.targets;

import id.kemas.browser.Prerequisites;
import id.kemas.core.load.CourseLoader;
import id.kemas.core.load.LoadResult;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.problem.Problems;
import id.kemas.export.build.BuildMessages;
import id.kemas.export.build.BuildOptions;
import id.kemas.export.build.BuildResult;
import id.kemas.export.render.ScoRenderer;
import id.kemas.export.target.Target;
import id.kemas.export.target.TargetBuild;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Courses built into real packages for a target (the zip the LMS would receive), unpacked into a
 * folder for the test server, once per test run.
 */
final class BuiltTargets {

    /** A course, its package for one target and the folder it was unpacked into. */
    record Built(Course course, Target target, Path zip, Path folder) {
        Leaf leaf(String id) {
            return course.leaves().stream().filter(l -> l.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no leaf " + id));
        }

        /** The launch page of a single-SCO package. */
        String launch() {
            return ScoRenderer.launchPath(course.id());
        }
    }

    private record Key(Path course, Target target) {}

    private static final Map<Key, Built> CACHE = new ConcurrentHashMap<>();

    private BuiltTargets() {}

    static Built sample(Target target) {
        return of(Prerequisites.repository().resolve("samples/berakhlak"), target);
    }

    /** A template fixture of the sequencing tests (core/src/test/resources/sequencing/NAME). */
    static Built template(String name, Target target) {
        return of(Prerequisites.repository().resolve("core/src/test/resources/sequencing").resolve(name), target);
    }

    static Built of(Path courseDir, Target target) {
        return CACHE.computeIfAbsent(new Key(courseDir.toAbsolutePath().normalize(), target), k -> build(k.course(), target));
    }

    private static Built build(Path courseDir, Target target) {
        LoadResult loaded = CourseLoader.load(courseDir);
        Course course = loaded.course().orElseThrow(() -> new IllegalStateException(courseDir + ": " + loaded.problems()));
        try {
            Path dir = Files.createTempDirectory("kemas-" + target.id() + "-" + course.id() + "-");
            Path zip = dir.resolve(course.id() + ".zip");
            Problems problems = new Problems(BuildMessages.CATALOG);
            BuildResult r = new TargetBuild(target, BuildOptions.defaults(), Optional.of(courseDir.resolve("theme")))
                    .build(course, courseDir, zip, problems);
            if (!r.succeeded()) throw new IllegalStateException(courseDir + " does not build for " + target + ": " + problems.sorted());
            Path folder = dir.resolve("package");
            unzip(zip, folder);
            return new Built(course, target, zip, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unzip(Path zip, Path folder) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = folder.resolve(e.getName()).normalize();
                if (!target.startsWith(folder)) throw new IOException("entry outside the folder: " + e.getName());
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
    }
}
