package id.kemas.validator.report;

import id.kemas.core.problem.Severity;
import id.kemas.validator.Finding;
import id.kemas.validator.Report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The report as JUnit XML for CI dashboards: one test suite for the package, one test case per
 * rule family. A family fails on an error (or, with fail-on-warning, a warning); its warnings and
 * notes are listed in the test case's output; a family whose stage did not run is skipped.
 */
public final class JunitReport {

    private JunitReport() {
    }

    public static void write(Report r, Writer out) throws IOException {
        List<Families.Family> families = Families.of(r);
        long failures = families.stream().filter(f -> f.ran() && f.failed(r.failOnWarning())).count();
        long skipped = families.stream().filter(f -> !f.ran()).count();
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "kemas validate");
            x.writeAttribute("tests", String.valueOf(families.size()));
            x.writeAttribute("failures", String.valueOf(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", String.valueOf(skipped));
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", r.input());
            x.writeAttribute("tests", String.valueOf(families.size()));
            x.writeAttribute("failures", String.valueOf(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", String.valueOf(skipped));
            x.writeCharacters("\n    ");
            x.writeStartElement("properties");
            property(x, "kind", r.kind().label());
            property(x, "profile", r.profile().id());
            property(x, "valid", String.valueOf(r.isValid()));
            x.writeCharacters("\n    ");
            x.writeEndElement();
            for (Families.Family f : families) testcase(x, r, f);
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void testcase(XMLStreamWriter x, Report r, Families.Family f) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "kemas.validate." + f.prefix());
        x.writeAttribute("name", f.prefix() + ": " + f.description());
        if (!f.ran()) {
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", "not run: an earlier stage found a fatal problem");
        } else if (f.failed(r.failOnWarning())) {
            Severity floor = r.failOnWarning() ? Severity.WARNING : Severity.ERROR;
            List<Finding> failing = f.findings().stream().filter(p -> p.problem().severity().atLeast(floor)).toList();
            x.writeStartElement("failure");
            x.writeAttribute("type", failing.get(0).problem().id());
            x.writeAttribute("message", failing.size() + " problem" + (failing.size() == 1 ? "" : "s") + ": "
                    + failing.get(0).problem().headline());
            x.writeCharacters(lines(failing));
            x.writeEndElement();
        }
        List<Finding> notes = f.findings().stream()
                .filter(p -> !p.problem().severity().atLeast(r.failOnWarning() ? Severity.WARNING : Severity.ERROR)).toList();
        if (!notes.isEmpty()) {
            x.writeStartElement("system-out");
            x.writeCharacters(lines(notes));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static String lines(List<Finding> findings) {
        StringBuilder b = new StringBuilder("\n");
        for (Finding f : findings) {
            b.append(f.problem().headline()).append('\n');
            if (!f.problem().hint().isEmpty()) b.append("    hint: ").append(f.problem().hint()).append('\n');
        }
        return b.toString();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", value);
    }
}
