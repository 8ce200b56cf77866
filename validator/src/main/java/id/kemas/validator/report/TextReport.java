package id.kemas.validator.report;

import id.kemas.core.problem.Problem;
import id.kemas.validator.Finding;
import id.kemas.validator.Report;

import java.io.IOException;
import java.io.Writer;

/**
 * The report for people: problems grouped by file (a blank line between files), each as
 * {@code file:line:col: severity ID: message} with its hint on the next line, then one summary line.
 */
public final class TextReport {

    private TextReport() {
    }

    public static void write(Report report, Writer out, boolean withDetails) throws IOException {
        String file = null;
        for (Finding f : report.findings()) {
            Problem p = f.problem();
            String here = p.location().file();
            if (file != null && !file.equals(here)) out.write("\n");
            file = here;
            out.write(p.headline());
            out.write("\n");
            if (!p.hint().isEmpty()) out.write("    hint: " + p.hint() + "\n");
            if (withDetails && !f.detail().isEmpty()) out.write("    detail: " + f.detail() + "\n");
        }
        if (!report.findings().isEmpty()) out.write("\n");
        out.write(summary(report));
        out.write("\n");
        out.flush();
    }

    /** e.g. {@code course.zip: SCORM 2004 4th Edition: 2 errors, 1 warning, 0 notes: INVALID}. */
    public static String summary(Report r) {
        String verdict = !r.isValid() ? "INVALID" : !r.passed() ? "FAILED (warnings count as failures)" : "VALID";
        return r.input() + ": " + r.kind().label() + ": " + plural(r.errorCount(), "error") + ", "
                + plural(r.warningCount(), "warning") + ", " + plural(r.infoCount(), "note") + ": " + verdict;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
