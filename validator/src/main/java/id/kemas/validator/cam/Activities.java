package id.kemas.validator.cam;

import id.kemas.validator.manifest.ContentStructure;
import id.kemas.validator.manifest.Ids;
import id.kemas.validator.manifest.Namespaces;
import id.kemas.validator.manifest.XmlElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The activities of a SCORM 2004 manifest (organizations and items) with their sequencing, as the
 * sequencing rules see them: an activity's own {@code imsss:sequencing}, and the shared definition
 * in {@code imsss:sequencingCollection} it names with {@code IDRef}. Where both define an element,
 * the activity's own one applies.
 */
final class Activities {

    static final String SS = Namespaces.IMSSS;
    static final String SEQ = Namespaces.ADLSEQ;

    private final ContentStructure structure;
    private final List<XmlElement> collection;
    private final Map<String, XmlElement> sharedById = new HashMap<>();

    Activities(ContentStructure structure) {
        this.structure = structure;
        this.collection = structure.root().child(SS, "sequencingCollection")
                .map(c -> c.children(SS, "sequencing")).orElse(List.of());
        for (XmlElement s : collection) s.attr("ID").ifPresent(id -> sharedById.putIfAbsent(Ids.collapse(id), s));
    }

    /** Organizations, then items, in document order. */
    List<XmlElement> all() {
        List<XmlElement> list = new ArrayList<>(structure.organizations());
        list.addAll(structure.items());
        return list;
    }

    /** The shared definitions of {@code imsss:sequencingCollection}. */
    List<XmlElement> collection() {
        return collection;
    }

    Optional<XmlElement> own(XmlElement activity) {
        return activity.child(SS, "sequencing");
    }

    /** The shared definition the activity's sequencing names with IDRef, if it resolves. */
    Optional<XmlElement> shared(XmlElement activity) {
        return own(activity).flatMap(s -> s.attr("IDRef")).map(id -> sharedById.get(Ids.collapse(id)));
    }

    Optional<XmlElement> shared(String id) {
        return Optional.ofNullable(sharedById.get(Ids.collapse(id)));
    }

    /** A child of the effective sequencing: the activity's own, else the shared definition's. */
    Optional<XmlElement> effective(XmlElement activity, String ns, String local) {
        Optional<XmlElement> mine = own(activity).flatMap(s -> s.child(ns, local));
        return mine.isPresent() ? mine : shared(activity).flatMap(s -> s.child(ns, local));
    }

    /** Activities whose sequencing names {@code shared} with IDRef. */
    List<XmlElement> users(XmlElement shared) {
        return all().stream().filter(a -> shared(a).map(s -> s == shared).orElse(false)).toList();
    }

    boolean isOrganization(XmlElement activity) {
        return activity.localName().equals("organization");
    }

    /** "item X", "organization X" or "shared sequencing X", for messages. */
    static String describe(XmlElement e) {
        if (e.is(SS, "sequencing")) {
            Optional<XmlElement> owner = e.parent();
            if (owner.isPresent() && !owner.get().is(SS, "sequencingCollection")) return describe(owner.get());
            return "shared sequencing " + Ids.collapse(e.attr("ID").orElse("(no ID)"));
        }
        return e.localName() + " " + id(e);
    }

    /** The identifier of an element as written (collapsed), for messages. */
    static String id(XmlElement e) {
        String id = ContentStructure.identifier(e);
        return id.isEmpty() ? "(no identifier)" : id;
    }

    /** The objective IDs an {@code imsss:objectives} element defines (primary first, if it has one). */
    static List<String> objectiveIds(XmlElement objectives) {
        List<String> ids = new ArrayList<>();
        for (XmlElement o : objectives.children()) {
            if (o.is(SS, "primaryObjective") || o.is(SS, "objective")) {
                o.attr("objectiveID").map(Ids::objective).filter(s -> !s.isEmpty()).ifPresent(ids::add);
            }
        }
        return ids;
    }
}
