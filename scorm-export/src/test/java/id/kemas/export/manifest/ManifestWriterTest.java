package id.kemas.export.manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Node;
import id.kemas.core.problem.Problems;
import id.kemas.export.TestCourse;
import id.kemas.export.build.BuildMessages;
import id.kemas.export.manifest.adlnav.HideLmsUi;
import id.kemas.export.manifest.adlnav.Presentation;
import id.kemas.export.manifest.adlseq.MapInfo;
import id.kemas.export.manifest.adlseq.Objective;
import id.kemas.export.manifest.imscp.Item;
import id.kemas.export.manifest.imscp.Organization;
import id.kemas.export.manifest.imsss.ControlMode;
import id.kemas.export.manifest.imsss.DeliveryControls;
import id.kemas.export.manifest.imsss.LimitConditions;
import id.kemas.export.manifest.imsss.Objectives;
import id.kemas.export.manifest.imsss.RollupRule;
import id.kemas.export.manifest.imsss.RollupRules;
import id.kemas.export.manifest.imsss.Sequencing;
import id.kemas.export.manifest.imsss.SequencingCollection;
import id.kemas.export.manifest.imsss.SequencingRule;
import id.kemas.export.manifest.imsss.SequencingRules;
import id.kemas.export.pkg.ScoFiles;
import id.kemas.export.render.ScoRenderer;
import id.kemas.validator.schema.ManifestSchemaValidator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

class ManifestWriterTest {

    private static final Map<String, String> NS = Map.of(
            "cp", Namespaces.IMSCP, "adlcp", Namespaces.ADLCP, "imsss", Namespaces.IMSSS,
            "adlnav", Namespaces.ADLNAV, "adlseq", Namespaces.ADLSEQ, "lom", Namespaces.LOM,
            "xsi", Namespaces.XSI);

    @TempDir Path dir;
    Course course;
    List<ScoFiles> scos;

    @BeforeEach
    void setUp() throws Exception {
        course = TestCourse.create(dir);
        scos = new ArrayList<>();
        for (Leaf leaf : course.leaves()) {
            List<String> files = new ArrayList<>(List.of(ScoRenderer.launchPath(leaf)));
            files.addAll(leaf.assets());
            scos.add(new ScoFiles(leaf, ScoRenderer.launchPath(leaf), files));
        }
    }

    private String write(SequencingWriter sequencing) {
        Problems problems = new Problems(BuildMessages.CATALOG);
        var manifest = new ManifestBuilder(sequencing).build(course, scos, List.of("kemas/kemas.css"), problems);
        return new String(new ManifestWriter().write(manifest), StandardCharsets.UTF_8);
    }

    private static String xpath(String xml, String expression) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(NS);
        return engine.evaluate(expression, Input.fromString(xml).build());
    }

    @Test
    void identifiersComeFromTheAuthorsIds() {
        String xml = write(SequencingWriter.NONE);
        assertEquals("test-course", xpath(xml, "/cp:manifest/@identifier"));
        assertEquals("1.2.3", xpath(xml, "/cp:manifest/@version"));
        assertEquals("ORG-test-course", xpath(xml, "/cp:manifest/cp:organizations/@default"));
        assertEquals("ORG-test-course", xpath(xml, "//cp:organization/@identifier"));
        assertEquals("ITEM-lessons", xpath(xml, "//cp:organization/cp:item[2]/@identifier"));
        assertEquals("", xpath(xml, "//cp:item[@identifier='ITEM-lessons']/@identifierref"), "a cluster launches nothing");
        assertEquals("RES-first", xpath(xml, "//cp:item[@identifier='ITEM-first']/@identifierref"));
        assertEquals("First lesson", xpath(xml, "//cp:item[@identifier='ITEM-first']/cp:title"));
    }

    @Test
    void eachScoListsEveryFileItUsesAndDependsOnTheSharedAsset() {
        String xml = write(SequencingWriter.NONE);
        String first = "//cp:resource[@identifier='RES-first']";
        assertEquals("sco", xpath(xml, first + "/@adlcp:scormType"));
        assertEquals("sco-first.html", xpath(xml, first + "/@href"));
        assertEquals("sco-first.html", xpath(xml, first + "/cp:file[1]/@href"), "launch page first");
        assertEquals("5", xpath(xml, "count(" + first + "/cp:file)"));
        assertEquals("1", xpath(xml, "count(" + first + "/cp:file[@href='media/photo.png'])"), "each file once");
        assertEquals("RES-kemas-shared", xpath(xml, first + "/cp:dependency/@identifierref"));
        String shared = "//cp:resource[@identifier='RES-kemas-shared']";
        assertEquals("asset", xpath(xml, shared + "/@adlcp:scormType"));
        assertEquals("kemas/kemas.css", xpath(xml, shared + "/cp:file/@href"));
        assertEquals("false", xpath(xml, "boolean(" + shared + "/@href)"));
    }

    @Test
    void metadataNamesScorm2004FourthEditionWithInlineLom() {
        String xml = write(SequencingWriter.NONE);
        assertEquals("ADL SCORM", xpath(xml, "/cp:manifest/cp:metadata/*[1][self::cp:schema]"));
        assertEquals("2004 4th Edition", xpath(xml, "/cp:manifest/cp:metadata/*[2][self::cp:schemaversion]"));
        String general = "/cp:manifest/cp:metadata/lom:lom/lom:general";
        assertEquals("A <test> course", xpath(xml, general + "/lom:title/lom:string"));
        assertEquals("en", xpath(xml, general + "/lom:title/lom:string/@language"));
        assertEquals("en", xpath(xml, general + "/lom:language"));
        assertEquals("A course made in a test.", xpath(xml, general + "/lom:description/lom:string"));
        assertEquals("kemas", xpath(xml, general + "/lom:keyword[2]/lom:string"));
        assertEquals("1.2.3", xpath(xml, "//lom:lifeCycle/lom:version/lom:string"));
        assertTrue(xpath(xml, "//lom:contribute[lom:role/lom:value='author']/lom:entity").contains("FN:Ann Author"));
        assertTrue(xml.contains("A &lt;test&gt; course"), "text is escaped");
    }

    @Test
    void withoutSequencingOnlyTheNamespacesUsedAreDeclaredAndLocated() {
        String xml = write(SequencingWriter.NONE);
        String root = xml.substring(xml.indexOf("<manifest"), xml.indexOf('>', xml.indexOf("<manifest")));
        assertTrue(root.startsWith("<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" xmlns:adlcp="), root);
        assertFalse(root.contains("imsss") || root.contains("adlseq") || root.contains("adlnav"), root);
        assertEquals("http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 "
                + "adlcp_v1p3.xsd http://ltsc.ieee.org/xsd/LOM lom.xsd", xpath(xml, "/cp:manifest/@xsi:schemaLocation"));
        assertSchemaValid(xml);
    }

    @Test
    void aSequencingWriterFillsItemsAndOrganizationAndTheirNamespacesAreDeclared() {
        String xml = write(new ExampleSequencing());
        assertEquals("true", xpath(xml, "//cp:organization/imsss:sequencing/imsss:controlMode/@flow"));
        assertEquals("false", xpath(xml, "//cp:organization/@adlseq:objectivesGlobalToSystem"));
        assertEquals("continue", xpath(xml, "//cp:item[@identifier='ITEM-second']/adlnav:presentation/adlnav:navigationInterface/adlnav:hideLMSUI[1]"));
        assertEquals("2", xpath(xml, "//cp:item[@identifier='ITEM-second']/imsss:sequencing/imsss:limitConditions/@attemptLimit"));
        assertEquals("shared-rules", xpath(xml, "/cp:manifest/imsss:sequencingCollection/imsss:sequencing/@ID"));
        String location = xpath(xml, "/cp:manifest/@xsi:schemaLocation");
        for (String file : List.of("imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd", "adlnav_v1p3.xsd", "imsss_v1p0.xsd", "lom.xsd")) {
            assertTrue(location.contains(file), location);
        }
        assertSchemaValid(xml);
    }

    @Test
    void theSameManifestIsWrittenByteForByteTheSame() {
        assertArrayEquals(write(new ExampleSequencing()).getBytes(StandardCharsets.UTF_8),
                write(new ExampleSequencing()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCourseIdStartingWithADigitStillGivesAnXmlId() {
        course = new Course("2024-intro", course.title(), course.version(), course.language(), course.description(),
                course.keywords(), course.author(), course.organization(), course.home(), course.sequencing(),
                course.children(), course.themeFiles(), course.source());
        String xml = write(SequencingWriter.NONE);
        assertEquals("MANIFEST-2024-intro", xpath(xml, "/cp:manifest/@identifier"));
        assertSchemaValid(xml);
    }

    private static void assertSchemaValid(String xml) {
        try {
            assertEquals(List.of(), new ManifestSchemaValidator().validate(
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "imsmanifest.xml"), xml);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Uses something of every sequencing namespace, as a compiler would. */
    private static final class ExampleSequencing implements SequencingWriter {
        @Override
        public void writeOrganization(Course course, Organization organization, Problems problems) {
            organization.objectivesGlobalToSystem(false).sequencing(new Sequencing()
                    .controlMode(new ControlMode().choice(true).flow(true))
                    .rollupRules(new RollupRules().add(new RollupRule(RollupRule.ChildActivitySet.ALL, RollupRule.Action.COMPLETED)
                            .when(new RollupRule.RollupCondition(null, RollupRule.Condition.COMPLETED)))));
        }

        @Override
        public void writeItem(Course course, Node node, Item item, Problems problems) {
            if (!node.id().equals("second")) return;
            item.sequencing(new Sequencing().idRef("shared-rules")
                    .sequencingRules(new SequencingRules().pre(new SequencingRule(SequencingRule.Action.DISABLED)
                            .when(new SequencingRule.RuleCondition(SequencingRule.Condition.SATISFIED)
                                    .referencedObjective("first-done").operator(SequencingRule.Operator.NOT))))
                    .limitConditions(new LimitConditions().attemptLimit(2))
                    .objectives(new Objectives(new id.kemas.export.manifest.imsss.Objective("second-primary")
                            .satisfiedByMeasure(true).minNormalizedMeasure(new BigDecimal("0.7")))
                            .add(new id.kemas.export.manifest.imsss.Objective("first-done")
                                    .add(new id.kemas.export.manifest.imsss.MapInfo("test-course.first").readSatisfiedStatus(true))))
                    .deliveryControls(new DeliveryControls().completionSetByContent(true).objectiveSetByContent(true))
                    .adlObjectives(new id.kemas.export.manifest.adlseq.Objectives()
                            .add(new Objective("second-primary").add(new MapInfo("test-course.score").writeRawScore(true)))))
                    .presentation(new Presentation().hide(HideLmsUi.CONTINUE).hide(HideLmsUi.PREVIOUS));
        }

        @Override
        public Optional<SequencingCollection> collection(Course course, Problems problems) {
            return Optional.of(new SequencingCollection().add(new Sequencing().id("shared-rules")
                    .controlMode(new ControlMode().choiceExit(false))));
        }
    }
}
