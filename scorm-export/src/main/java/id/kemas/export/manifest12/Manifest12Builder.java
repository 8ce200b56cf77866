package id.kemas.export.manifest12;

import id.kemas.core.model.Cluster;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Node;
import id.kemas.export.manifest.Identifiers;
import id.kemas.export.pkg.ScoFiles;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the SCORM 1.2 manifest of a course: IMS metadata, one organization that mirrors the
 * activity tree, one SCO resource per leaf listing every file it uses, and one asset resource for
 * the shared files. Identifiers are those of the SCORM 2004 manifest ({@link Identifiers}), so both
 * builds of a course name their parts alike. SCORM 1.2 has no sequencing, and no mastery score is
 * written: the content sets {@code cmi.core.lesson_status} itself.
 */
public final class Manifest12Builder {

    public Manifest12 build(Course course, List<ScoFiles> scos, List<String> sharedFiles) {
        Map<String, ScoFiles> byLeaf = scos.stream().collect(Collectors.toMap(s -> s.leaf().id(), Function.identity()));
        Organization12 organization = new Organization12(Identifiers.organization(course), course.title());
        for (Node node : course.children()) organization.add(item(node));
        Manifest12 manifest = new Manifest12(Identifiers.manifest(course), course.version().toString(),
                new Metadata12(course.language(), course.title(), course.description(), course.keywords()),
                new Manifest12.Organizations12(organization));
        for (Leaf leaf : course.leaves()) {
            ScoFiles files = byLeaf.get(leaf.id());
            if (files == null) throw new IllegalArgumentException("no files given for leaf " + leaf.id());
            Resource12 resource = Resource12.sco(Identifiers.resource(leaf), files.launchPath());
            files.files().forEach(resource::file);
            if (!sharedFiles.isEmpty()) resource.dependsOn(Identifiers.SHARED_RESOURCE);
            manifest.add(resource);
        }
        if (!sharedFiles.isEmpty()) {
            Resource12 shared = Resource12.asset(Identifiers.SHARED_RESOURCE);
            sharedFiles.forEach(shared::file);
            manifest.add(shared);
        }
        return manifest;
    }

    private static Item12 item(Node node) {
        Item12 item = new Item12(Identifiers.item(node), node.title());
        if (node instanceof Leaf leaf) item.identifierRef(Identifiers.resource(leaf));
        else if (node instanceof Cluster cluster) for (Node child : cluster.children()) item.add(item(child));
        return item;
    }
}
