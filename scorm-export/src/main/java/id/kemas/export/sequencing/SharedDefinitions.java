package id.kemas.export.sequencing;

import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ActivityTree;
import id.kemas.core.sequencing.SequencingDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which items share one {@code imsss:sequencing} definition in {@code imsss:sequencingCollection}:
 * every definition that two or more items have exactly, under an ID numbered in the order the
 * items come ({@code seq-1}, {@code seq-2} ...), so the same course always gives the same IDs.
 * The organization keeps its own definition.
 */
final class SharedDefinitions {

    static final String PREFIX = "seq-";

    private final Map<SequencingDefinition, String> ids = new LinkedHashMap<>();

    SharedDefinitions(ActivityTree tree) {
        Map<SequencingDefinition, Integer> uses = new LinkedHashMap<>();
        List<Activity> items = tree.activities().stream().filter(a -> !a.isRoot()).toList();
        for (Activity a : items) {
            if (!a.sequencing().isDefault()) uses.merge(a.sequencing(), 1, Integer::sum);
        }
        uses.forEach((definition, n) -> {
            if (n > 1) ids.put(definition, PREFIX + (ids.size() + 1));
        });
    }

    /** The collection ID an item with this definition refers to, if it is shared. */
    Optional<String> idOf(SequencingDefinition d) {
        return Optional.ofNullable(ids.get(d));
    }

    /** The shared definitions with their IDs, in ID order. */
    Map<SequencingDefinition, String> all() {
        return ids;
    }
}
