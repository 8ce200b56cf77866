package id.kemas.core.sequencing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The activity tree of one organization, with lookups by id. The same tree comes from a course
 * (compiled from the author's intent) or from a manifest (read from its XML); checks, lint,
 * description and diagrams work on either. Immutable.
 */
public final class ActivityTree {

    private final Activity root;
    private final String origin;
    private final List<Activity> order;
    private final Map<String, Activity> byId = new LinkedHashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();

    /**
     * @param origin the file the activities' locations point into ("course.yaml", "imsmanifest.xml")
     * @throws IllegalArgumentException when two activities share an id
     */
    public ActivityTree(Activity root, String origin) {
        this.root = root;
        this.origin = origin;
        List<Activity> all = new ArrayList<>();
        collect(root, all);
        this.order = List.copyOf(all);
        for (int i = 0; i < all.size(); i++) {
            Activity a = all.get(i);
            if (byId.putIfAbsent(a.id(), a) != null) throw new IllegalArgumentException("duplicate activity id " + a.id());
            position.put(a.id(), i);
            for (Activity c : a.children()) parent.put(c.id(), a.id());
        }
    }

    public Activity root() {
        return root;
    }

    public String origin() {
        return origin;
    }

    /** Every activity, root first, depth first in document order: the order flow navigation visits them. */
    public List<Activity> activities() {
        return order;
    }

    public List<Activity> leaves() {
        return order.stream().filter(Activity::isLeaf).toList();
    }

    public Optional<Activity> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Activity get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no activity " + id));
    }

    public Optional<Activity> parent(Activity a) {
        return Optional.ofNullable(parent.get(a.id())).map(byId::get);
    }

    /** From the parent up to the root. */
    public List<Activity> ancestors(Activity a) {
        List<Activity> out = new ArrayList<>();
        for (Optional<Activity> p = parent(a); p.isPresent(); p = parent(p.get())) out.add(p.get());
        return out;
    }

    public boolean isAncestor(Activity ancestor, Activity of) {
        for (Optional<Activity> p = parent(of); p.isPresent(); p = parent(p.get())) {
            if (p.get().id().equals(ancestor.id())) return true;
        }
        return false;
    }

    /** The activity and all below it, in flow order. */
    public List<Activity> subtree(Activity a) {
        List<Activity> out = new ArrayList<>();
        collect(a, out);
        return out;
    }

    /** The position in flow order (the root is 0). */
    public int flowIndex(Activity a) {
        Integer i = position.get(a.id());
        if (i == null) throw new IllegalArgumentException("no activity " + a.id());
        return i;
    }

    private static void collect(Activity a, List<Activity> out) {
        out.add(a);
        for (Activity c : a.children()) collect(c, out);
    }
}
