package id.kemas.core.model;

import id.kemas.core.problem.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole course as the author wrote it: metadata and the activity tree. Immutable; holds no
 * files or XML, only what the course folder said. Paths are relative to the course folder.
 *
 * @param home       id of the leaf that serves as the home menu, if the author named one
 * @param themeFiles files under {@code theme/}, relative to the course folder, sorted
 */
public record Course(
        String id,
        String title,
        SemVer version,
        String language,
        String description,
        List<String> keywords,
        Optional<String> author,
        Optional<String> organization,
        Optional<String> home,
        Sequencing sequencing,
        List<Node> children,
        List<String> themeFiles,
        Location source) {

    public Course {
        keywords = List.copyOf(keywords);
        children = List.copyOf(children);
        themeFiles = List.copyOf(themeFiles);
    }

    /** Every leaf, depth first, in the author's order. */
    public List<Leaf> leaves() {
        List<Leaf> out = new ArrayList<>();
        for (Node n : children) n.collectLeaves(out);
        return List.copyOf(out);
    }

    /** Every node, depth first (parents before children), in the author's order. */
    public List<Node> nodes() {
        List<Node> out = new ArrayList<>();
        for (Node n : children) n.collectNodes(out);
        return List.copyOf(out);
    }

    public Optional<Node> find(String nodeId) {
        return nodes().stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    /** {@code <id>-<version>}: the base name of built packages. */
    public String packageBaseName() {
        return id + "-" + version;
    }
}
