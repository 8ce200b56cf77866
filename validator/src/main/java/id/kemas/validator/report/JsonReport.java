package id.kemas.validator.report;

import id.kemas.core.text.JsonString;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Severity;
import id.kemas.validator.Finding;
import id.kemas.validator.Report;
import id.kemas.validator.Stage;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The report as one JSON object (schema version 1, documented in {@code docs/validate.md}). Keys
 * come in a fixed order and nothing depends on time or machine, so equal inputs give equal bytes.
 */
public final class JsonReport {

    /** Raised only when fields are added; existing fields keep their meaning. */
    public static final int SCHEMA_VERSION = 1;

    private JsonReport() {
    }

    public static void write(Report r, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(4096);
        b.append("{\n");
        field(b, 1, "schemaVersion", SCHEMA_VERSION, true);
        field(b, 1, "tool", "kemas validate", true);
        field(b, 1, "input", r.input(), true);
        field(b, 1, "kind", r.kind().name(), true);
        field(b, 1, "kindLabel", r.kind().label(), true);
        field(b, 1, "profile", r.profile().id(), true);
        field(b, 1, "valid", r.isValid(), true);
        field(b, 1, "failOnWarning", r.failOnWarning(), true);
        field(b, 1, "passed", r.passed(), true);
        indent(b, 1).append("\"summary\": {");
        b.append("\"fatal\": ").append(count(r, Severity.FATAL)).append(", ");
        b.append("\"errors\": ").append(count(r, Severity.ERROR)).append(", ");
        b.append("\"warnings\": ").append(r.warningCount()).append(", ");
        b.append("\"info\": ").append(r.infoCount()).append("},\n");
        indent(b, 1).append("\"stages\": [");
        for (int i = 0; i < r.stagesRun().size(); i++) {
            if (i > 0) b.append(", ");
            string(b, stageId(r.stagesRun().get(i)));
        }
        b.append("],\n");
        indent(b, 1).append("\"problems\": [");
        for (int i = 0; i < r.findings().size(); i++) {
            b.append(i == 0 ? "\n" : ",\n");
            problem(b, r.findings().get(i));
        }
        b.append(r.findings().isEmpty() ? "]\n" : "\n" + "  ]\n");
        b.append("}\n");
        out.write(b.toString());
        out.flush();
    }

    /** The stage's name in reports, e.g. {@code content-aggregation}. */
    public static String stageId(Stage s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void problem(StringBuilder b, Finding f) {
        Problem p = f.problem();
        indent(b, 2).append("{");
        b.append("\"id\": ");
        string(b, p.id());
        b.append(", \"severity\": ");
        string(b, p.severity().word());
        b.append(", \"family\": ");
        string(b, Families.prefix(p.id()));
        b.append(", \"file\": ");
        string(b, p.location().file());
        b.append(", \"line\": ").append(p.location().line());
        b.append(", \"column\": ").append(p.location().column());
        b.append(", \"message\": ");
        string(b, p.message());
        b.append(", \"hint\": ");
        string(b, p.hint());
        b.append(", \"detail\": ");
        string(b, f.detail());
        b.append("}");
    }

    private static long count(Report r, Severity s) {
        return r.problems().stream().filter(p -> p.severity() == s).count();
    }

    private static void field(StringBuilder b, int depth, String name, Object value, boolean comma) {
        indent(b, depth);
        string(b, name);
        b.append(": ");
        if (value instanceof String s) string(b, s);
        else b.append(value);
        b.append(comma ? ",\n" : "\n");
    }

    private static StringBuilder indent(StringBuilder b, int depth) {
        return b.append("  ".repeat(depth));
    }

    static void string(StringBuilder b, String s) {
        JsonString.append(b, s);
    }
}
