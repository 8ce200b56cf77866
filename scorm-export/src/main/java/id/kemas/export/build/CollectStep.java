package id.kemas.export.build;

import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Page;
import id.kemas.core.model.Question;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import id.kemas.export.pkg.PackageEntry;
import id.kemas.export.zip.EntryOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 3, collect files: the manifest, the schemas, what the renderer made and every course file
 * the pages use, each at its place in the package and in package order. Course files stay on disk;
 * each is checked to exist inside the course folder. Two different files at one path are an error.
 */
final class CollectStep {

    private record Placed(PackageEntry entry, String origin, Location usedAt) {}

    private final Path root;
    private final Path realRoot;
    private final Problems problems;
    private final Map<String, Placed> byPath = new HashMap<>();

    private CollectStep(Path root, Problems problems) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = root.toRealPath();
        this.problems = problems;
    }

    static List<PackageEntry> collect(Course course, Path courseRoot, RenderedCourse pages, PackageEntry manifest,
                                      List<PackageEntry> schemas, Problems problems) throws IOException {
        CollectStep step = new CollectStep(courseRoot, problems);
        step.place(manifest, "the manifest", Location.NONE);
        for (PackageEntry schema : schemas) step.place(schema, "a bundled schema file", Location.NONE);
        for (Leaf leaf : course.leaves()) {
            for (PackageEntry e : pages.leafFiles().get(leaf.id())) step.place(e, "the page of '" + leaf.id() + "'", leaf.source());
        }
        for (PackageEntry e : pages.shared()) step.place(e, "a shared file", course.source());
        for (Map.Entry<String, Location> use : courseFiles(course).entrySet()) step.courseFile(use.getKey(), use.getValue());

        List<PackageEntry> entries = new ArrayList<>(step.byPath.size());
        for (Placed p : step.byPath.values()) entries.add(p.entry());
        entries.sort((a, b) -> EntryOrder.PATHS.compare(a.path(), b.path()));
        return entries;
    }

    /** Every course file a page or question uses, with where it is first used. */
    private static Map<String, Location> courseFiles(Course course) {
        Map<String, Location> uses = new LinkedHashMap<>();
        for (Leaf leaf : course.leaves()) {
            for (Page page : leaf.pages()) for (String a : page.assets()) uses.putIfAbsent(a, page.source());
            leaf.quiz().ifPresent(q -> {
                for (Question question : q.questions()) for (String a : question.assets()) uses.putIfAbsent(a, question.source());
            });
        }
        return uses;
    }

    private void courseFile(String path, Location usedAt) throws IOException {
        if (!isPlainRelative(path)) {
            problems.add(BuildMessages.CATALOG.problem(BuildMessages.OUTSIDE_COURSE, usedAt, path));
            return;
        }
        Path file = root.resolve(path).normalize();
        if (!Files.isRegularFile(file)) {
            problems.add(BuildMessages.CATALOG.problem(BuildMessages.MISSING_FILE, usedAt, path));
            return;
        }
        if (!file.toRealPath().startsWith(realRoot)) {
            problems.add(BuildMessages.CATALOG.problem(BuildMessages.OUTSIDE_COURSE, usedAt, path));
            return;
        }
        place(new PackageEntry.OnDisk(path, file), "the course file '" + path + "'", usedAt);
    }

    /** A '/'-separated relative path without '.', '..' or empty segments. */
    private static boolean isPlainRelative(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) return false;
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) return false;
        }
        return true;
    }

    private void place(PackageEntry entry, String origin, Location usedAt) {
        Placed before = byPath.putIfAbsent(entry.path(), new Placed(entry, origin, usedAt));
        if (before == null || same(before.entry(), entry)) return;
        Location where = usedAt.equals(Location.NONE) ? before.usedAt() : usedAt;
        problems.add(BuildMessages.CATALOG.problem(BuildMessages.PATH_CLASH, where, entry.path(), before.origin(), origin));
    }

    private static boolean same(PackageEntry a, PackageEntry b) {
        if (a instanceof PackageEntry.OnDisk x && b instanceof PackageEntry.OnDisk y) return x.file().equals(y.file());
        if (a instanceof PackageEntry.Bytes x && b instanceof PackageEntry.Bytes y) return Arrays.equals(x.data(), y.data());
        return false;
    }
}
