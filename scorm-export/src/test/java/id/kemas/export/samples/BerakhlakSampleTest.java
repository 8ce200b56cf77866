package id.kemas.export.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.load.LoadResult;
import id.kemas.core.model.Course;
import id.kemas.core.problem.Problems;
import id.kemas.export.PackageReader;
import id.kemas.export.build.BuildMessages;
import id.kemas.export.build.BuildOptions;
import id.kemas.export.build.BuildResult;
import id.kemas.export.build.PackageBuild;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The BerAKHLAK module as an administrator receives it: complete, clean, and without warnings. */
class BerakhlakSampleTest {

    private static final Path SAMPLE = Path.of("../samples/berakhlak");
    /** Symbols that OCR leaves behind and that clean Indonesian prose never uses. */
    private static final Pattern STRAY_SYMBOL = Pattern.compile("[|{}\\\\^~`@#$*_=¢§©®ﬁﬂ“”‘’„«»□■●�]");
    /** Three or more punctuation marks in a row, other than an ellipsis. */
    private static final Pattern PUNCTUATION_RUN = Pattern.compile("(?!\\.\\.\\.)[\\p{Punct}&&[^\"'()]]{3,}");

    @TempDir static Path out;
    static Path zip;
    static LoadResult loaded;

    @BeforeAll
    static void build() throws Exception {
        loaded = CourseLoader.load(SAMPLE);
        Course course = loaded.course().orElseThrow(() -> new AssertionError(loaded.problems().toString()));
        Problems problems = new Problems(BuildMessages.CATALOG);
        zip = out.resolve("berakhlak.zip");
        BuildResult r = new PackageBuild(BuildOptions.defaults()).build(course, SAMPLE, zip, problems);
        assertTrue(r.succeeded(), () -> problems.sorted().toString());
        assertEquals(List.of(), problems.sorted(), "the build reports nothing, not even a warning");
    }

    @Test
    void loadsWithoutAnyProblemOrWarning() {
        assertEquals(List.of(), loaded.problems());
    }

    @Test
    void theManifestListsTheEightMaterialsAndBothTests() throws Exception {
        Document m = PackageReader.manifest(zip);
        var xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            public String getNamespaceURI(String p) {
                return "http://www.imsglobal.org/xsd/imscp_v1p1";
            }

            public String getPrefix(String u) {
                return "cp";
            }

            public java.util.Iterator<String> getPrefixes(String u) {
                return List.of("cp").iterator();
            }
        });
        NodeList materi = (NodeList) xpath.evaluate("//cp:item[@identifier='ITEM-materi']/cp:item/cp:title", m,
                XPathConstants.NODESET);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < materi.getLength(); i++) titles.add(materi.item(i).getTextContent().strip());
        assertEquals(List.of("Materi 1: Pendahuluan", "Materi 2: Berorientasi Pelayanan", "Materi 3: Akuntabel",
                "Materi 4: Kompeten", "Materi 5: Harmonis", "Materi 6: Loyal", "Materi 7: Adaptif",
                "Materi 8: Kolaboratif"), titles);
        for (String test : List.of("pretest", "posttest")) {
            String launch = xpath.evaluate("//cp:resource[@identifier=//cp:item[@identifier='ITEM-" + test
                    + "']/@identifierref]/@href", m);
            assertEquals("sco-" + test + ".html", launch, test + " is its own SCO");
        }
    }

    @Test
    void noOcrDebrisRemainsInAnyPageOfThePackage() throws Exception {
        List<Pattern> forms = Files.readAllLines(SAMPLE.resolve("ocr-errors.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(f -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        assertTrue(forms.size() >= 40, "the list of OCR error forms collected while cleaning");
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (String name : PackageReader.names(zip)) {
            if (!name.endsWith(".html") && !name.endsWith(".svg")) continue;
            pages++;
            String html = new String(PackageReader.read(zip, name), StandardCharsets.UTF_8);
            var doc = Jsoup.parse(html);
            doc.select("script, style").remove();
            String text = doc.text() + " " + doc.select("[alt]").eachAttr("alt") + " " + doc.select("[title]").eachAttr("title");
            for (Pattern p : forms) {
                Matcher m = p.matcher(text);
                if (m.find()) found.add(name + ": OCR form '" + m.group() + "' in \"" + around(text, m.start()) + "\"");
            }
            Matcher s = STRAY_SYMBOL.matcher(text);
            while (s.find()) found.add(name + ": stray symbol '" + s.group() + "' in \"" + around(text, s.start()) + "\"");
            Matcher r = PUNCTUATION_RUN.matcher(text);
            while (r.find()) found.add(name + ": symbol run '" + r.group() + "' in \"" + around(text, r.start()) + "\"");
        }
        assertTrue(pages >= 13, "launch pages and figures scanned: " + pages);
        assertEquals(List.of(), found);
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30));
    }
}
