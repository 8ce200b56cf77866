package id.kemas.export.sequencing;

import id.kemas.core.model.Course;
import id.kemas.core.model.Node;
import id.kemas.core.problem.Problems;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ItemSettings;
import id.kemas.core.sequencing.compile.SequencingCompiler;
import id.kemas.core.sequencing.lint.SequencingLint;
import id.kemas.export.manifest.SequencingWriter;
import id.kemas.export.manifest.imscp.Item;
import id.kemas.export.manifest.imscp.Organization;
import id.kemas.export.manifest.imsss.Sequencing;
import id.kemas.export.manifest.imsss.SequencingCollection;
import java.util.Optional;

/**
 * Writes the course's sequencing into the manifest: compiles the author's templates into IMS Simple
 * Sequencing ({@link SequencingCompiler}), reports what the compiler and the sequencing lint find,
 * and writes every activity's definition through the JAXB classes. Definitions that several items
 * share exactly go once into {@code imsss:sequencingCollection}, and the items refer to them with
 * {@code IDRef}.
 *
 * <pre>
 * new PackageBuild(BuildOptions.defaults().withSequencing(new CompiledSequencingWriter()))
 * </pre>
 *
 * The manifest builder asks for items, the organization and the collection separately; the course
 * is compiled once, on the first request, and its problems are reported then.
 */
public final class CompiledSequencingWriter implements SequencingWriter {

    /** One course's compiled tree and its shared definitions. */
    private record Plan(Course course, id.kemas.core.sequencing.ActivityTree tree, SharedDefinitions shared) {}

    private Plan plan;

    @Override
    public void writeOrganization(Course course, Organization organization, Problems problems) {
        Activity root = plan(course, problems).tree().root();
        SequencingXml.sequencing(root.sequencing()).ifPresent(organization::sequencing);
        ItemSettings s = root.settings();
        if (!s.objectivesGlobalToSystem()) organization.objectivesGlobalToSystem(false);
        if (!s.sharedDataGlobalToSystem()) organization.sharedDataGlobalToSystem(false);
        SequencingXml.completionThreshold(s).ifPresent(organization::completionThreshold);
    }

    @Override
    public void writeItem(Course course, Node node, Item item, Problems problems) {
        Plan p = plan(course, problems);
        Activity a = p.tree().get(node.id());
        Optional<String> shared = p.shared().idOf(a.sequencing());
        if (shared.isPresent()) item.sequencing(new Sequencing().idRef(shared.get()));
        else SequencingXml.sequencing(a.sequencing()).ifPresent(item::sequencing);
        ItemSettings s = a.settings();
        SequencingXml.timeLimitAction(s).ifPresent(item::timeLimitAction);
        s.dataFromLms().ifPresent(item::dataFromLms);
        SequencingXml.completionThreshold(s).ifPresent(item::completionThreshold);
        SequencingXml.presentation(s).ifPresent(item::presentation);
        SequencingXml.data(s).ifPresent(item::data);
    }

    @Override
    public Optional<SequencingCollection> collection(Course course, Problems problems) {
        SharedDefinitions shared = plan(course, problems).shared();
        if (shared.all().isEmpty()) return Optional.empty();
        SequencingCollection collection = new SequencingCollection();
        shared.all().forEach((definition, id) -> collection.add(SequencingXml.sequencing(definition).orElseThrow().id(id)));
        return Optional.of(collection);
    }

    private synchronized Plan plan(Course course, Problems problems) {
        if (plan == null || plan.course() != course) {
            SequencingCompiler.Compilation c = SequencingCompiler.compile(course);
            c.problems().forEach(problems::add);
            SequencingLint.check(c.tree()).forEach(problems::add);
            plan = new Plan(course, c.tree(), new SharedDefinitions(c.tree()));
        }
        return plan;
    }
}
