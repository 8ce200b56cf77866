package id.kemas.browser;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.load.LoadResult;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import id.kemas.core.problem.Severity;
import id.kemas.export.pkg.PackageEntry;
import id.kemas.export.render.VelocityScoRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Course folders loaded and rendered into folders of SCO files, once per test run: the launch
 * pages and shared files from the renderer, and the course media each leaf uses.
 */
final class BuiltCourses {

    /** A course and the folder its SCOs were written to. */
    record Built(Course course, Path folder) {
        Leaf leaf(String id) {
            return course.leaves().stream().filter(l -> l.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no leaf " + id));
        }
    }

    private static final Map<Path, Built> CACHE = new ConcurrentHashMap<>();

    private BuiltCourses() {}

    /** The sample module samples/berakhlak. */
    static Built sample() {
        return of(Prerequisites.repository().resolve("samples/berakhlak"));
    }

    /** The small English course of the tests (shuffled, drawn questions; every content block). */
    static Built fixture() {
        return of(Prerequisites.browserTestsDir().resolve("src/test/resources/courses/fixture"));
    }

    static Built of(Path courseDir) {
        return CACHE.computeIfAbsent(courseDir.toAbsolutePath().normalize(), BuiltCourses::build);
    }

    private static Built build(Path courseDir) {
        LoadResult loaded = CourseLoader.load(courseDir);
        if (loaded.hasErrors() || loaded.course().isEmpty()) {
            throw new IllegalStateException("course " + courseDir + " does not load:\n" + headlines(loaded.problems()));
        }
        Course course = loaded.course().get();
        Problems problems = new Problems(VelocityScoRenderer.MESSAGES);
        VelocityScoRenderer renderer = new VelocityScoRenderer(courseDir.resolve("theme"));
        List<PackageEntry> entries = new ArrayList<>(renderer.sharedFiles(course, courseDir, problems));
        for (Leaf leaf : course.leaves()) {
            entries.addAll(renderer.renderLeaf(course, leaf, problems));
            for (String asset : leaf.assets()) entries.add(new PackageEntry.OnDisk(asset, courseDir.resolve(asset)));
        }
        if (problems.hasErrors()) {
            throw new IllegalStateException("course " + courseDir + " does not render:\n" + headlines(problems.sorted()));
        }
        try {
            Path out = Files.createTempDirectory("kemas-sco-" + course.id() + "-");
            for (PackageEntry e : entries) {
                Path target = out.resolve(e.path());
                Files.createDirectories(target.getParent());
                if (e instanceof PackageEntry.Bytes b) Files.write(target, b.data());
                else Files.copy(((PackageEntry.OnDisk) e).file(), target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Built(course, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String headlines(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity().atLeast(Severity.ERROR))
                .map(p -> "  " + p.headline()).collect(Collectors.joining("\n"));
    }
}
