package id.kemas.export.build;

import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Node;
import id.kemas.core.problem.Problems;
import id.kemas.export.manifest.Identifiers;
import id.kemas.export.manifest.SequencingWriter;
import id.kemas.export.pkg.PackageEntry;
import id.kemas.export.pkg.ScoFiles;
import id.kemas.export.render.ScoRenderer;
import id.kemas.export.zip.EntryOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Step 2, write manifest: every SCO lists its launch page, the other files made for it and every
 * course file its pages and questions use; the shared files form one asset resource.
 */
final class ManifestStep {

    private ManifestStep() {}

    /** The manifest entry, or empty when the course cannot be described (problems say why). */
    static Optional<PackageEntry.Bytes> write(Course course, RenderedCourse pages, SequencingWriter sequencing,
                                        PackageFormat format, Problems problems) {
        for (Node node : course.nodes()) {
            if (node.id().equals(Identifiers.RESERVED_LEAF_ID) && node instanceof Leaf) {
                problems.add(BuildMessages.CATALOG.problem(BuildMessages.RESERVED_ID, node.source(), node.id()));
            }
        }
        if (problems.hasErrors()) return Optional.empty();

        List<ScoFiles> scos = new ArrayList<>();
        for (Leaf leaf : course.leaves()) {
            String launch = ScoRenderer.launchPath(leaf);
            Set<String> files = new LinkedHashSet<>();
            files.add(launch);
            for (PackageEntry e : pages.leafFiles().get(leaf.id())) files.add(e.path());
            files.addAll(leaf.assets());
            scos.add(new ScoFiles(leaf, launch, List.copyOf(files)));
        }
        List<String> shared = pages.shared().stream().map(PackageEntry::path).sorted(EntryOrder.PATHS).toList();
        return Optional.of(new PackageEntry.Bytes(EntryOrder.MANIFEST, format.manifest(course, scos, shared, sequencing, problems)));
    }
}
