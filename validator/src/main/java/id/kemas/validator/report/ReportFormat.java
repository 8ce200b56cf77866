package id.kemas.validator.report;

import id.kemas.validator.Report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The ways a report can be written: for people, for programs, for CI dashboards. */
public enum ReportFormat {
    /** Problems grouped by file as {@code file:line:col: severity ID: message}, each with its hint, then a summary. */
    TEXT,
    /** One JSON object; the schema is documented in {@code docs/validate.md} and only ever grows. */
    JSON,
    /** JUnit XML with one test case per rule family (PKG, MAN, XSD, CAM, RES, HTM, SEQ, PRF). */
    JUNIT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    public void write(Report report, Writer out) throws IOException {
        write(report, out, false);
    }

    /** As {@link #write(Report, Writer)}; {@code details} adds the parsers' raw text to text reports. */
    public void write(Report report, Writer out, boolean details) throws IOException {
        switch (this) {
            case TEXT -> TextReport.write(report, out, details);
            case JSON -> JsonReport.write(report, out);
            case JUNIT -> JunitReport.write(report, out);
        }
    }
}
