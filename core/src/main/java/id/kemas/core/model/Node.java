package id.kemas.core.model;

import id.kemas.core.problem.Location;
import java.util.List;

/** A node of the activity tree: a cluster of nodes, or a leaf that becomes one SCO. */
public sealed interface Node permits Cluster, Leaf {

    /** Author-given, stable; manifest identifiers derive from it. */
    String id();

    String title();

    Sequencing sequencing();

    /** Where the node is written in course.yaml. */
    Location source();

    void collectLeaves(List<Leaf> out);

    void collectNodes(List<Node> out);
}
