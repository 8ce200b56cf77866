package id.kemas.export.manifest;

import id.kemas.core.model.Cluster;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Node;
import id.kemas.core.problem.Problems;
import id.kemas.export.manifest.imscp.Item;
import id.kemas.export.manifest.imscp.Manifest;
import id.kemas.export.manifest.imscp.Metadata;
import id.kemas.export.manifest.imscp.Organization;
import id.kemas.export.manifest.imscp.Resource;
import id.kemas.export.manifest.lom.Contribute;
import id.kemas.export.manifest.lom.General;
import id.kemas.export.manifest.lom.LangString;
import id.kemas.export.manifest.lom.LifeCycle;
import id.kemas.export.manifest.lom.Lom;
import id.kemas.export.manifest.lom.MetaMetadata;
import id.kemas.export.manifest.lom.Technical;
import id.kemas.export.pkg.ScoFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the manifest of a course: LOM metadata, one organization that mirrors the activity tree,
 * one SCO resource per leaf listing every file it uses, and one asset resource for the files all
 * SCOs share. Sequencing comes from the {@link SequencingWriter}.
 */
public final class ManifestBuilder {

    /** LOM's "no language" for strings such as version numbers. */
    private static final String NO_LANGUAGE = "x-none";

    private final SequencingWriter sequencing;

    public ManifestBuilder(SequencingWriter sequencing) {
        this.sequencing = sequencing;
    }

    /**
     * @param scos        the files of every leaf, in any order
     * @param sharedFiles files every SCO uses; when empty, no shared resource is written
     */
    public Manifest build(Course course, List<ScoFiles> scos, List<String> sharedFiles, Problems problems) {
        Map<String, ScoFiles> byLeaf = scos.stream().collect(Collectors.toMap(s -> s.leaf().id(), Function.identity()));
        Manifest manifest = new Manifest(Identifiers.manifest(course), course.version().toString())
                .metadata(Metadata.scorm2004(lom(course)));

        Organization organization = new Organization(Identifiers.organization(course), course.title());
        for (Node node : course.children()) organization.add(item(course, node, problems));
        sequencing.writeOrganization(course, organization, problems);
        manifest.organizations().defaultOrganization(organization.identifier()).add(organization);

        for (Leaf leaf : course.leaves()) {
            ScoFiles files = byLeaf.get(leaf.id());
            if (files == null) throw new IllegalArgumentException("no files given for leaf " + leaf.id());
            Resource resource = new Resource(Identifiers.resource(leaf), Resource.ScormType.SCO, files.launchPath());
            files.files().forEach(resource::file);
            if (!sharedFiles.isEmpty()) resource.dependsOn(Identifiers.SHARED_RESOURCE);
            manifest.resources().add(resource);
        }
        if (!sharedFiles.isEmpty()) {
            Resource shared = new Resource(Identifiers.SHARED_RESOURCE, Resource.ScormType.ASSET, null);
            sharedFiles.forEach(shared::file);
            manifest.resources().add(shared);
        }
        sequencing.collection(course, problems).ifPresent(manifest::sequencingCollection);
        return manifest;
    }

    private Item item(Course course, Node node, Problems problems) {
        Item item = new Item(Identifiers.item(node), node.title());
        if (node instanceof Leaf leaf) {
            item.identifierRef(Identifiers.resource(leaf));
        } else if (node instanceof Cluster cluster) {
            for (Node child : cluster.children()) item.add(item(course, child, problems));
        }
        sequencing.writeItem(course, node, item, problems);
        return item;
    }

    private static Lom lom(Course course) {
        String lang = course.language();
        List<LangString> keywords = course.keywords().stream().map(k -> new LangString(lang, k)).toList();
        LangString description = course.description() == null || course.description().isBlank()
                ? null : new LangString(lang, course.description().strip());
        General general = new General(new LangString(lang, course.title()), lang, description, keywords);

        List<Contribute> contributions = new ArrayList<>();
        course.author().ifPresent(a -> contributions.add(new Contribute("author", a)));
        course.organization().ifPresent(o -> contributions.add(new Contribute("publisher", o)));
        LifeCycle lifeCycle = new LifeCycle(new LangString(NO_LANGUAGE, course.version().toString()), contributions);

        return new Lom(general, lifeCycle, new MetaMetadata("LOMv1.0", lang), new Technical("text/html"));
    }
}
