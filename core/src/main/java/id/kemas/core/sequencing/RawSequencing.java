package id.kemas.core.sequencing;

import id.kemas.core.problem.Location;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * IMS Simple Sequencing that an author wrote out in full ({@code raw:} in course.yaml), read into
 * changes to the activity the templates compiled. Attributes replace the templates' values one by
 * one; rules, objectives and maps are added (rules before the templates' rules of the same kind,
 * because the first rule that holds wins).
 */
public record RawSequencing(List<Change> changes) {

    public static final RawSequencing NONE = new RawSequencing(List.of());

    /**
     * One change.
     *
     * @param what  the element or attribute it sets, as written ("controlMode.flow")
     * @param where where it is written
     */
    public record Change(String what, Location where, UnaryOperator<Activity> edit) {}

    public RawSequencing {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public Activity applyTo(Activity activity) {
        Activity a = activity;
        for (Change c : changes) a = c.edit().apply(a);
        return a;
    }
}
