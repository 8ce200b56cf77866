package id.kemas.core.model;

import id.kemas.core.problem.Location;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A node with content: ordered pages and an optional quiz after them. One leaf is one SCO. */
public record Leaf(String id, String title, Sequencing sequencing, List<Page> pages, Optional<Quiz> quiz,
                   Location source) implements Node {

    public Leaf {
        pages = List.copyOf(pages);
    }

    /** Every course file this leaf's pages use (images, media, downloads), in first-use order. */
    public Set<String> assets() {
        Set<String> out = new LinkedHashSet<>();
        for (Page p : pages) out.addAll(p.assets());
        quiz.ifPresent(q -> out.addAll(q.assets()));
        return out;
    }

    @Override
    public void collectLeaves(List<Leaf> out) {
        out.add(this);
    }

    @Override
    public void collectNodes(List<Node> out) {
        out.add(this);
    }
}
