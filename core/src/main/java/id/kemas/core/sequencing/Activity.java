package id.kemas.core.sequencing;

import id.kemas.core.problem.Location;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One node of the activity tree with its full sequencing: the organization, a cluster or a leaf.
 *
 * @param id       the author's id when the tree comes from a course, the item identifier when it
 *                 comes from a manifest; unique in the tree
 * @param optional the author marked it optional (known only for trees compiled from a course)
 * @param source   where it is written: course.yaml or the manifest
 */
public record Activity(String id, String title, ActivityKind kind, boolean visible, boolean optional,
                       SequencingDefinition sequencing, ItemSettings settings, List<Activity> children,
                       Location source) {

    public Activity {
        children = List.copyOf(children);
        if (kind.isLeaf() && !children.isEmpty()) throw new IllegalArgumentException("leaf " + id + " has children");
    }

    public boolean isLeaf() {
        return kind.isLeaf();
    }

    public boolean isRoot() {
        return kind == ActivityKind.ORGANIZATION;
    }

    public Activity withSequencing(SequencingDefinition v) {
        return new Activity(id, title, kind, visible, optional, v, settings, children, source);
    }

    public Activity withSequencing(UnaryOperator<SequencingDefinition> change) {
        return withSequencing(change.apply(sequencing));
    }

    public Activity withSettings(ItemSettings v) {
        return new Activity(id, title, kind, visible, optional, sequencing, v, children, source);
    }

    public Activity withChildren(List<Activity> v) {
        return new Activity(id, title, kind, visible, optional, sequencing, settings, v, source);
    }
}
