package id.kemas.export.sequencing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.load.LoadResult;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import id.kemas.export.manifest.ManifestBuilder;
import id.kemas.export.manifest.ManifestWriter;
import id.kemas.export.pkg.ScoFiles;
import id.kemas.validator.schema.ManifestSchemaValidator;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * For each sequencing template, the fixture course's manifest validates against the full SCORM
 * 2004 4th Edition schema set (every namespace) and its organization and sequencing collection
 * equal the reviewed golden fragment, ignoring whitespace and comments. A missing or different
 * fragment is written to {@code target/golden-actual/} for review.
 */
class SequencingManifestTest {

    private static final Path FIXTURES = Path.of("../core/src/test/resources/sequencing");
    private static final Path GOLDEN = Path.of("src/test/resources/id/kemas/export/sequencing/golden");
    private static final String IMSCP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";

    static Stream<String> templates() {
        return Stream.of("free-choice", "forced-sequential", "linear-strict", "pretest-test-out", "posttest-gated", "attempts",
                "remediation", "random-bank", "result-from", "optional", "hide-lms-ui", "raw", "berakhlak");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void manifestIsSchemaValidAndMatchesTheGoldenFragment(String template) throws Exception {
        byte[] manifest = manifest(template);
        List<Problem> schema = new ManifestSchemaValidator().validate(new ByteArrayInputStream(manifest), "imsmanifest.xml");
        assertEquals(List.of(), schema.stream().map(Problem::headline).toList(), "schema-valid: " + template);

        Document fragment = fragment(manifest);
        Path golden = GOLDEN.resolve(template + ".xml");
        if (!Files.exists(golden)) {
            Path actual = writeActual(template, fragment);
            throw new AssertionError("no golden fragment " + golden + "; review " + actual.toAbsolutePath() + " and copy it there");
        }
        Diff diff = DiffBuilder.compare(Input.fromFile(golden.toFile())).withTest(Input.fromDocument(fragment))
                .ignoreWhitespace().ignoreComments().checkForSimilar().build();
        if (diff.hasDifferences()) {
            Path actual = writeActual(template, fragment);
            throw new AssertionError(template + " differs from " + golden + " (actual: " + actual.toAbsolutePath() + "):\n"
                    + java.util.stream.StreamSupport.stream(diff.getDifferences().spliterator(), false).limit(10)
                    .map(Object::toString).collect(Collectors.joining("\n")));
        }
    }

    @Test
    void identicalDefinitionsAreSharedThroughTheCollection() throws Exception {
        Document doc = parse(manifest("berakhlak"));
        Element collection = (Element) doc.getElementsByTagNameNS(IMSSS, "sequencingCollection").item(0);
        List<Element> shared = children(collection, IMSSS, "sequencing");
        assertEquals(List.of("seq-1", "seq-2"), shared.stream().map(e -> e.getAttribute("ID")).toList());
        long refs = stream(doc.getElementsByTagNameNS(IMSSS, "sequencing")).filter(e -> e.hasAttribute("IDRef")).count();
        assertEquals(11, refs, "3 optional pages share seq-1, the 8 materials seq-2");
        for (Element s : stream(doc.getElementsByTagNameNS(IMSSS, "sequencing")).toList()) {
            if (s.hasAttribute("IDRef")) assertFalse(s.hasChildNodes() && s.getElementsByTagNameNS("*", "*").getLength() > 0);
        }
    }

    @Test
    void theSampleManifestCarriesTheGatingAndGlobalObjectivesStayInTheCourse() throws Exception {
        String xml = new String(manifest("berakhlak"), StandardCharsets.UTF_8);
        assertTrue(xml.contains("adlseq:objectivesGlobalToSystem=\"false\""), "organization scopes the globals");
        assertTrue(xml.contains("targetObjectiveID=\"urn:kemas:berakhlak:materi\" readRawScore=\"false\""), xml);
        assertTrue(xml.contains("condition=\"completed\""));
        assertTrue(xml.contains("action=\"disabled\""));
        assertTrue(xml.contains("attemptLimit=\"2\""));
    }

    @Test
    void theSameCourseGivesTheSameManifestBytes() throws Exception {
        assertArrayEquals(manifest("pretest-test-out"), manifest("pretest-test-out"));
    }

    @Test
    void buildProblemsIncludeTheSequencingLint() {
        Course course = load(FIXTURES.resolve("lint/unreachable-error"));
        Problems problems = new Problems(CourseLoader.MESSAGES);
        new ManifestBuilder(new CompiledSequencingWriter()).build(course, scos(course), List.of(), problems);
        assertEquals(List.of("SEQ-109"), problems.sorted().stream().map(Problem::id).toList());
        assertTrue(problems.hasErrors(), "an unreachable activity stops the build");
    }

    // ---- helpers -----------------------------------------------------------------------------------

    static byte[] manifest(String template) {
        Path folder = template.equals("berakhlak") ? Path.of("../samples/berakhlak") : FIXTURES.resolve(template);
        Course course = load(folder);
        Problems problems = new Problems(CourseLoader.MESSAGES);
        var manifest = new ManifestBuilder(new CompiledSequencingWriter()).build(course, scos(course), List.of(), problems);
        assertEquals(List.of(), problems.sorted().stream().map(Problem::headline).toList(), "no sequencing problems: " + template);
        return new ManifestWriter().write(manifest);
    }

    private static Course load(Path folder) {
        LoadResult r = CourseLoader.load(folder);
        assertTrue(r.course().isPresent(), () -> "loads: " + r.problems());
        return r.course().get();
    }

    private static List<ScoFiles> scos(Course course) {
        return course.leaves().stream().map(l -> new ScoFiles(l, launch(l), List.of(launch(l)))).toList();
    }

    private static String launch(Leaf leaf) {
        return leaf.id() + ".html";
    }

    /** {@code <fragment>} holding the manifest's {@code organizations} and {@code imsss:sequencingCollection}. */
    private static Document fragment(byte[] manifest) throws Exception {
        Document doc = parse(manifest);
        Document out = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element root = out.createElement("fragment");
        out.appendChild(root);
        Element manifestElement = doc.getDocumentElement();
        for (Element e : children(manifestElement, IMSCP, "organizations")) root.appendChild(out.importNode(e, true));
        for (Element e : children(manifestElement, IMSSS, "sequencingCollection")) root.appendChild(out.importNode(e, true));
        return out;
    }

    private static Path writeActual(String template, Document fragment) throws Exception {
        Path dir = Path.of("target/golden-actual");
        Files.createDirectories(dir);
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.INDENT, "yes");
        t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter w = new StringWriter();
        t.transform(new DOMSource(fragment), new StreamResult(w));
        Path out = dir.resolve(template + ".xml");
        Files.writeString(out, w.toString().replaceAll("(?m)^\\s+$\\n", ""));
        return out;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    private static Stream<Element> stream(org.w3c.dom.NodeList list) {
        return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i));
    }
}
