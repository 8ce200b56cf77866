package id.kemas.export.build;

import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.problem.Problems;
import id.kemas.export.pkg.PackageEntry;
import id.kemas.export.render.ScoRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Step 1, render pages: one launch page (and whatever else the renderer makes) per leaf, and the
 * shared files. Leaves are rendered on several threads; each leaf reports into its own problem
 * list and the lists are merged in leaf order, so the result does not depend on timing.
 */
final class RenderStep {

    private record Rendered(List<PackageEntry> files, Problems problems) {}

    private RenderStep() {}

    static RenderedCourse render(Course course, Path courseRoot, ScoRenderer renderer, int threads, Problems problems)
            throws InterruptedException {
        List<Leaf> leaves = course.leaves();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, leaves.size())), r -> {
            Thread t = new Thread(r, "kemas-render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Rendered>> futures = new ArrayList<>(leaves.size());
            for (Leaf leaf : leaves) {
                futures.add(pool.submit(() -> {
                    Problems own = new Problems(problems.catalog());
                    return new Rendered(renderer.renderLeaf(course, leaf, own), own);
                }));
            }
            List<PackageEntry> shared = renderer.sharedFiles(course, courseRoot, problems);
            Map<String, List<PackageEntry>> leafFiles = new HashMap<>();
            for (int i = 0; i < leaves.size(); i++) {
                Leaf leaf = leaves.get(i);
                Rendered r = join(futures.get(i));
                problems.addAll(r.problems().sorted());
                String launch = ScoRenderer.launchPath(leaf);
                if (r.files().stream().noneMatch(f -> f.path().equals(launch))) {
                    throw new IllegalStateException(renderer.getClass().getName() + " made no launch page " + launch);
                }
                leafFiles.put(leaf.id(), r.files());
            }
            return new RenderedCourse(leafFiles, shared);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Rendered join(Future<Rendered> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
