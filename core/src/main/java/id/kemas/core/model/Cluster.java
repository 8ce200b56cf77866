package id.kemas.core.model;

import id.kemas.core.problem.Location;
import java.util.List;

/** A node that only groups other nodes; it has no content of its own. */
public record Cluster(String id, String title, Sequencing sequencing, List<Node> children, Location source)
        implements Node {

    public Cluster {
        children = List.copyOf(children);
    }

    @Override
    public void collectLeaves(List<Leaf> out) {
        for (Node n : children) n.collectLeaves(out);
    }

    @Override
    public void collectNodes(List<Node> out) {
        out.add(this);
        for (Node n : children) n.collectNodes(out);
    }
}
