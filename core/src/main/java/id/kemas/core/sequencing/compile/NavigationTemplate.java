package id.kemas.core.sequencing.compile;

import id.kemas.core.model.Sequencing.Navigation;
import id.kemas.core.sequencing.ControlMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The navigation templates, on the course (the organization) and on clusters; a cluster without
 * its own navigation takes its parent's. Without any, a course is free-choice: the schema's own
 * default (choice without flow) would leave the LMS's continue and previous buttons dead.
 * <ul>
 * <li>free-choice: the menu in any order, and continue/previous in the written order;</li>
 * <li>forced-sequential: the same, but each child opens only when the one before it is completed
 * (optional children neither wait nor hold others up); completed ones stay open for review;</li>
 * <li>linear-strict: continue only, no menu, no going back.</li>
 * </ul>
 */
final class NavigationTemplate {

    private NavigationTemplate() {}

    static void apply(Context ctx, Map<Draft, List<Draft>> gates) {
        navigate(ctx, ctx.root, ctx.course.sequencing().navigation().orElse(Navigation.FREE_CHOICE), gates);
    }

    private static void navigate(Context ctx, Draft cluster, Navigation inherited, Map<Draft, List<Draft>> gates) {
        Navigation nav = cluster.isRoot() ? inherited : cluster.intent.navigation().orElse(inherited);
        cluster.change(x -> x.withControlMode(controlMode(nav)));
        if (nav == Navigation.FORCED_SEQUENTIAL) {
            Optional<Draft> previous = Optional.empty();
            for (Draft child : cluster.children) {
                if (child.intent.optional()) continue;
                previous.ifPresent(p -> Gating.add(gates, child, p));
                previous = Optional.of(child);
            }
        }
        for (Draft child : cluster.children) if (!child.isLeaf()) navigate(ctx, child, nav, gates);
    }

    static ControlMode controlMode(Navigation nav) {
        return switch (nav) {
            case FREE_CHOICE, FORCED_SEQUENTIAL -> ControlMode.DEFAULT.withFlow(true);
            case LINEAR_STRICT -> ControlMode.DEFAULT.withChoice(false).withFlow(true).withForwardOnly(true);
        };
    }
}
