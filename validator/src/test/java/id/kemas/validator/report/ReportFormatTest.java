package id.kemas.validator.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Severity;
import id.kemas.validator.Finding;
import id.kemas.validator.PackageKind;
import id.kemas.validator.Profile;
import id.kemas.validator.Report;
import id.kemas.validator.Stage;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormatTest {

    private static final List<Stage> ALL_BUT_PROFILE = List.of(Stage.CONTAINER, Stage.MANIFEST, Stage.CONTROLLING_DOCUMENTS,
            Stage.SCHEMA, Stage.CONTENT_AGGREGATION, Stage.FILES, Stage.LAUNCH_PAGES, Stage.SEQUENCING_LINT);

    private static Report sample(boolean failOnWarning) {
        return new Report("course.zip", PackageKind.SCORM_2004_4TH, Profile.NONE, ALL_BUT_PROFILE, List.of(
                new Finding(new Problem("XSD-015", Severity.ERROR, Location.of("imsmanifest.xml", 12, 40),
                        "Attribute flow on <imsss:controlMode> has the value \"yes\", which is not a valid boolean (true or false).",
                        "Correct the value."), "cvc-datatype-valid.1.2.1: 'yes' is not a valid value for 'boolean'."),
                Finding.of(new Problem("RES-003", Severity.WARNING, Location.of("notes\\draft.txt"),
                        "notes\\draft.txt is in the package but not listed in the manifest.", "List it.")),
                Finding.of(new Problem("CAM-006", Severity.ERROR, Location.of("imsmanifest.xml", 9, 5),
                        "Item ITEM-2 has no child items and no identifierref, so there is nothing to launch.", "Point it."))),
                failOnWarning);
    }

    private static String render(ReportFormat f, Report r) throws IOException {
        StringWriter w = new StringWriter();
        f.write(r, w);
        return w.toString();
    }

    @Test
    void textGroupsByFileWithHintsAndASummary() throws IOException {
        assertEquals("""
                imsmanifest.xml:9:5: error CAM-006: Item ITEM-2 has no child items and no identifierref, so there is nothing to launch.
                    hint: Point it.
                imsmanifest.xml:12:40: error XSD-015: Attribute flow on <imsss:controlMode> has the value "yes", which is not a valid boolean (true or false).
                    hint: Correct the value.

                notes\\draft.txt: warning RES-003: notes\\draft.txt is in the package but not listed in the manifest.
                    hint: List it.

                course.zip: SCORM 2004 4th Edition: 2 errors, 1 warning, 0 notes: INVALID
                """, render(ReportFormat.TEXT, sample(false)));
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws IOException {
        String json = render(ReportFormat.JSON, sample(false));
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals("course.zip", root.get("input").asText());
        assertEquals("SCORM_2004_4TH", root.get("kind").asText());
        assertEquals("none", root.get("profile").asText());
        assertEquals(false, root.get("valid").asBoolean());
        assertEquals(2, root.get("summary").get("errors").asInt());
        assertEquals(1, root.get("summary").get("warnings").asInt());
        assertEquals("content-aggregation", root.get("stages").get(4).asText());
        JsonNode first = root.get("problems").get(0);
        assertEquals("CAM-006", first.get("id").asText());
        assertEquals("CAM", first.get("family").asText());
        assertEquals(9, first.get("line").asInt());
        assertEquals(5, first.get("column").asInt());
        JsonNode xsd = root.get("problems").get(1);
        assertTrue(xsd.get("message").asText().contains("\"yes\""));
        assertTrue(xsd.get("detail").asText().startsWith("cvc-datatype-valid"));
        assertEquals("notes\\draft.txt", root.get("problems").get(2).get("file").asText());
        assertEquals(json, render(ReportFormat.JSON, sample(false)), "same report, same bytes");
    }

    @Test
    void junitHasOneTestCasePerRuleFamily() throws Exception {
        Document doc = parse(render(ReportFormat.JUNIT, sample(false)));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(8, cases.getLength());
        assertEquals("kemas.validate.PKG", ((Element) cases.item(0)).getAttribute("classname"));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("skipped"), "the profile stage did not run");
        Element res = testcase(doc, "kemas.validate.RES");
        assertEquals(0, res.getElementsByTagName("failure").getLength(), "warnings do not fail");
        assertTrue(res.getElementsByTagName("system-out").item(0).getTextContent().contains("RES-003"));
        Element xsd = testcase(doc, "kemas.validate.XSD");
        assertEquals("XSD-015", ((Element) xsd.getElementsByTagName("failure").item(0)).getAttribute("type"));

        Document strict = parse(render(ReportFormat.JUNIT, sample(true)));
        assertEquals(1, testcase(strict, "kemas.validate.RES").getElementsByTagName("failure").getLength());
    }

    private static Element testcase(Document doc, String classname) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("classname").equals(classname)) return e;
        }
        throw new AssertionError("no test case " + classname);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
