package id.kemas.validator.schema;

import id.kemas.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.XMLConstants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestSchemaValidatorTest {

    static final String VALID = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="M" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
                      xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                      xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd
                                          http://www.adlnet.org/xsd/adlcp_v1p3 http://www.adlnet.org/xsd/adlcp_v1p3.xsd
                                          http://www.imsglobal.org/xsd/imsss http://www.imsglobal.org/xsd/imsss_v1p0.xsd">
              <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
              <organizations default="O">
                <organization identifier="O"><title>T</title>
                  <item identifier="I" identifierref="R"><title>L</title>
                    <imsss:sequencing><imsss:controlMode flow="true"/></imsss:sequencing>
                  </item>
                </organization>
              </organizations>
              <resources>
                <resource identifier="R" type="webcontent" adlcp:scormType="sco" href="a.html"><file href="a.html"/></resource>
              </resources>
            </manifest>
            """;

    static final String SCORM12 = """
            <?xml version="1.0"?>
            <manifest identifier="M" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
              <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
              <organizations default="O"><organization identifier="O"><title>T</title>
                <item identifier="I" identifierref="R"><title>L</title></item></organization></organizations>
              <resources><resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="a.html"><file href="a.html"/></resource></resources>
            </manifest>
            """;

    @Test
    void aValidManifestHasNoProblems(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("imsmanifest.xml"), VALID);
        assertEquals(List.of(), new ManifestSchemaValidator().validate(file));
    }

    @Test
    void everyNamespaceIsEnforcedWithLineAndColumn() throws IOException {
        String bad = VALID.replace("flow=\"true\"", "flow=\"yes\"").replace("adlcp:scormType=\"sco\"", "adlcp:scormType=\"lesson\"");
        List<Problem> problems = new ManifestSchemaValidator().validate(stream(bad), "out/imsmanifest.xml");
        assertEquals(List.of("XSD-015", "XSD-013"), problems.stream().map(Problem::id).toList());
        assertEquals("out/imsmanifest.xml:13:58", problems.get(0).location().toString());
        assertEquals("Attribute flow on <imsss:controlMode> has the value \"yes\", which is not a valid boolean (true or false).",
                problems.get(0).message());
        assertTrue(problems.get(1).message().contains("adlcp:scormType"), problems.get(1).message());
    }

    @Test
    void scorm12ManifestsUseTheScorm12Schemas() throws IOException {
        ManifestSchemaValidator v12 = new ManifestSchemaValidator(SchemaSet.SCORM_12);
        assertEquals(List.of(), v12.validate(stream(SCORM12), "imsmanifest.xml"));
        List<Problem> problems = v12.validate(stream(SCORM12.replace("<item identifier=\"I\" ", "<item ")), "imsmanifest.xml");
        assertEquals(List.of("XSD-012"), problems.stream().map(Problem::id).toList());
    }

    @Test
    void aDoctypeIsRefusedNotResolved() throws IOException {
        String xxe = VALID.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\"?><!DOCTYPE manifest [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>").replace("<title>T</title>", "<title>&x;</title>");
        List<Problem> problems = new ManifestSchemaValidator().validate(stream(xxe), "imsmanifest.xml");
        assertEquals(List.of("MAN-003"), problems.stream().map(Problem::id).toList());
    }

    @Test
    void aRootTheSchemasDoNotDeclareIsReported() throws IOException {
        List<Problem> problems = new ManifestSchemaValidator().validate(stream("<package xmlns=\"urn:x\"/>"), "imsmanifest.xml");
        assertEquals(List.of("XSD-024"), problems.stream().map(Problem::id).toList());
    }

    @Test
    void oneCompiledSchemaServesManyThreads() throws Exception {
        String bad = VALID.replace("flow=\"true\"", "flow=\"yes\"");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Problem>>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String text = i % 2 == 0 ? VALID : bad;
                results.add(pool.submit(() -> new ManifestSchemaValidator().validate(stream(text), "m.xml")));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? 0 : 1, results.get(i).get().size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theResolverMapsTheW3cXmlSchemaAndRelativeIncludesOnly() {
        BundledSchemaResolver r = new BundledSchemaResolver(SchemaSet.SCORM_2004_4TH);
        String base = BundledSchemaResolver.systemId(SchemaSet.SCORM_2004_4TH, "lom.xsd");
        assertEquals("xml.xsd", r.bundledPath("http://www.w3.org/2001/xml.xsd", base));
        assertEquals("common/dataTypes.xsd", r.bundledPath("common/dataTypes.xsd", base));
        assertEquals("imsss_v1p0util.xsd", r.bundledPath("imsss_v1p0util.xsd",
                BundledSchemaResolver.systemId(SchemaSet.SCORM_2004_4TH, "imsss_v1p0.xsd")));
        assertThrows(BundledSchemaResolver.RefusedReference.class,
                () -> r.resolveResource("http://www.w3.org/2001/XMLSchema", null, null, "http://www.imsglobal.org/xsd/imscp_v1p1.xsd", base));
        assertThrows(BundledSchemaResolver.RefusedReference.class,
                () -> r.resolveResource("http://www.w3.org/2001/XMLSchema", null, null, "../../../etc/passwd", base));
        assertThrows(BundledSchemaResolver.RefusedReference.class,
                () -> r.resolveResource("http://www.w3.org/2001/XMLSchema", null, null, "file:///etc/passwd", base));
    }

    @Test
    void aBundledDtdIsReadAsEmptyAndAnyOtherDtdIsRefused() throws Exception {
        BundledSchemaResolver r = new BundledSchemaResolver(SchemaSet.SCORM_2004_4TH);
        String xmlXsd = BundledSchemaResolver.systemId(SchemaSet.SCORM_2004_4TH, "xml.xsd");
        String dtd = XMLConstants.XML_DTD_NS_URI;
        try (var in = r.resolveResource(dtd, null, "-//W3C//DTD XMLSCHEMA 200102//EN", "XMLSchema.dtd", xmlXsd).getByteStream()) {
            assertEquals(0, in.readAllBytes().length);
        }
        assertThrows(BundledSchemaResolver.RefusedReference.class,
                () -> r.resolveResource(dtd, null, null, "http://www.w3.org/2001/XMLSchema.dtd", xmlXsd));
        assertThrows(BundledSchemaResolver.RefusedReference.class,
                () -> r.resolveResource(dtd, null, null, "../../etc/some.dtd", xmlXsd));
    }

    static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
