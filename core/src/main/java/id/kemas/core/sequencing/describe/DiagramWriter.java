package id.kemas.core.sequencing.describe;

import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ActivityTree;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws an activity tree as a Mermaid flowchart or a Graphviz digraph: solid arrows for the tree,
 * dashed arrows for what the rules link (unlocks, skips when passed, back to when failed). Each
 * box holds the title and the activity's sequencing in plain words.
 */
public final class DiagramWriter {

    /** The diagram languages. */
    public enum Format { MERMAID, GRAPHVIZ }

    private DiagramWriter() {}

    public static String write(ActivityTree tree, Format format) {
        ActivityDescriber describer = new ActivityDescriber(tree);
        Map<String, String> ids = new HashMap<>();
        List<Activity> all = tree.activities();
        for (int i = 0; i < all.size(); i++) ids.put(all.get(i).id(), "a" + i);
        return format == Format.MERMAID ? mermaid(tree, describer, ids) : graphviz(tree, describer, ids);
    }

    private static String mermaid(ActivityTree tree, ActivityDescriber describer, Map<String, String> ids) {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        for (Activity a : tree.activities()) {
            List<String> lines = describer.describe(a);
            String label = mermaidText(a.title()) + (lines.isEmpty() ? "" : "<br/><small>"
                    + String.join("<br/>", lines.stream().map(DiagramWriter::mermaidText).toList()) + "</small>");
            out.append("  ").append(ids.get(a.id())).append("[\"").append(label).append("\"]\n");
        }
        for (Activity a : tree.activities()) {
            for (Activity c : a.children()) out.append("  ").append(ids.get(a.id())).append(" --> ").append(ids.get(c.id())).append('\n');
        }
        for (Relation r : describer.relations()) {
            out.append("  ").append(ids.get(r.from().id())).append(" -. \"").append(r.kind().words()).append("\" .-> ")
                    .append(ids.get(r.to().id())).append('\n');
        }
        return out.toString();
    }

    private static String graphviz(ActivityTree tree, ActivityDescriber describer, Map<String, String> ids) {
        StringBuilder out = new StringBuilder("digraph sequencing {\n  rankdir=TB;\n  node [shape=box, fontname=\"Helvetica\"];\n");
        for (Activity a : tree.activities()) {
            List<String> lines = describer.describe(a);
            StringBuilder label = new StringBuilder(dotText(a.title()));
            for (String l : lines) label.append("\\n").append(dotText(l));
            out.append("  ").append(ids.get(a.id())).append(" [label=\"").append(label).append("\"];\n");
        }
        for (Activity a : tree.activities()) {
            for (Activity c : a.children()) out.append("  ").append(ids.get(a.id())).append(" -> ").append(ids.get(c.id())).append(";\n");
        }
        for (Relation r : describer.relations()) {
            out.append("  ").append(ids.get(r.from().id())).append(" -> ").append(ids.get(r.to().id()))
                    .append(" [style=dashed, constraint=false, label=\"").append(r.kind().words()).append("\"];\n");
        }
        return out.append("}\n").toString();
    }

    /** Mermaid labels: quotes and angle brackets as entity codes. */
    private static String mermaidText(String s) {
        return s.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }

    private static String dotText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }
}
