package id.kemas.core.load;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import id.kemas.core.problem.DidYouMean;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with its positions, so that every problem in it points at a line and column.
 * Typed getters report a problem and return empty when a value has the wrong shape; loading goes
 * on so that the author sees every problem at once.
 */
final class YamlMap {

    private final String file;
    private final int lineOffset;
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(String file, int lineOffset, MappingNode node, Problems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.node = node;
        this.problems = problems;
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.report("KMS-005", at(t.getKeyNode()), "a key", "a plain word");
                continue;
            }
            if (entries.containsKey(k.getValue())) problems.report("KMS-029", at(k), k.getValue());
            else entries.put(k.getValue(), t);
        }
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    Location location() {
        return at(node);
    }

    Location at(Node n) {
        return Location.of(file, n.getStartMark().getLine() + 1 + lineOffset, n.getStartMark().getColumn() + 1);
    }

    /** Where a key is written, or the mapping itself when the key is absent. */
    Location keyLocation(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? location() : at(t.getKeyNode());
    }

    Location valueLocation(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? location() : at(t.getValueNode());
    }

    /** The keys, in the order written. */
    Set<String> keys() {
        return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Reports every key that is not allowed, with a did-you-mean. */
    void allowOnly(Set<String> allowed) {
        for (var e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.report("KMS-003", at(e.getValue().getKeyNode()), e.getKey(),
                        DidYouMean.hint(e.getKey(), allowed));
            }
        }
    }

    Optional<Node> raw(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? Optional.empty() : Optional.of(t.getValueNode());
    }

    Optional<String> string(String key) {
        Optional<Node> n = raw(key);
        if (n.isEmpty()) return Optional.empty();
        if (n.get() instanceof ScalarNode s) return Optional.of(s.getValue());
        problems.report("KMS-005", at(n.get()), key, "text");
        return Optional.empty();
    }

    /** A required, non-empty text value. */
    Optional<String> requiredString(String key) {
        if (!has(key)) {
            problems.report("KMS-004", location(), key);
            return Optional.empty();
        }
        Optional<String> s = string(key);
        if (s.isPresent() && s.get().isBlank()) {
            problems.report("KMS-010", valueLocation(key), "'" + key + "'");
            return Optional.empty();
        }
        return s.map(String::strip);
    }

    Optional<Boolean> bool(String key) {
        Optional<String> s = string(key);
        if (s.isEmpty()) return Optional.empty();
        return switch (s.get()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problems.report("KMS-005", valueLocation(key), key, "true or false");
                yield Optional.empty();
            }
        };
    }

    OptionalInt integer(String key) {
        Optional<String> s = string(key);
        if (s.isEmpty()) return OptionalInt.empty();
        try {
            return OptionalInt.of(Integer.parseInt(s.get().strip()));
        } catch (NumberFormatException e) {
            problems.report("KMS-005", valueLocation(key), key, "a whole number");
            return OptionalInt.empty();
        }
    }

    Optional<Double> number(String key) {
        Optional<String> s = string(key);
        if (s.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Double.parseDouble(s.get().strip()));
        } catch (NumberFormatException e) {
            problems.report("KMS-005", valueLocation(key), key, "a number");
            return Optional.empty();
        }
    }

    /** A list of nodes; a single scalar counts as a list of one. */
    List<Node> list(String key) {
        Optional<Node> n = raw(key);
        if (n.isEmpty()) return List.of();
        if (n.get() instanceof SequenceNode seq) return seq.getValue();
        if (n.get() instanceof ScalarNode s && !s.getValue().isEmpty()) return List.of(s);
        if (n.get() instanceof ScalarNode) return List.of();
        problems.report("KMS-005", at(n.get()), key, "a list");
        return List.of();
    }

    /** A list of texts, with the location of each. */
    List<Located<String>> strings(String key) {
        List<Located<String>> out = new ArrayList<>();
        for (Node item : list(key)) {
            if (item instanceof ScalarNode s) out.add(new Located<>(s.getValue(), at(s)));
            else problems.report("KMS-005", at(item), key, "a list of texts");
        }
        return out;
    }

    Optional<YamlMap> map(String key) {
        Optional<Node> n = raw(key);
        if (n.isEmpty()) return Optional.empty();
        return asMap(n.get(), key);
    }

    /** Reads a node as a mapping, reporting it when it is not one. */
    Optional<YamlMap> asMap(Node n, String what) {
        return of(n, what, file, lineOffset, problems);
    }

    static Optional<YamlMap> of(Node n, String what, String file, int lineOffset, Problems problems) {
        if (n instanceof MappingNode m) return Optional.of(new YamlMap(file, lineOffset, m, problems));
        problems.report("KMS-005", Location.of(file, n.getStartMark().getLine() + 1 + lineOffset,
                n.getStartMark().getColumn() + 1), what, "a mapping (key: value lines)");
        return Optional.empty();
    }

    /** The same mapping reporting to a list of its own: for looking ahead without reporting twice. */
    YamlMap silent() {
        return new YamlMap(file, lineOffset, node, new Problems(problems.catalog()));
    }

    /** A value with the place it was written. */
    record Located<T>(T value, Location location) {}
}
