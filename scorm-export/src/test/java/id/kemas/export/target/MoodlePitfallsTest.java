package id.kemas.export.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.export.PackageReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The moodle build of the BerAKHLAK sample avoids each thing that goes wrong in stock Moodle's
 * mod_scorm (docs/targets.md lists them). Moodle itself is not re-implemented: the package is read
 * for what triggers each failure.
 */
class MoodlePitfallsTest {

    @TempDir static Path out;
    static Path moodle;
    static Path scorm12;
    static String manifest;

    @BeforeAll
    static void build() throws Exception {
        moodle = TargetBuildTest.build(Target.MOODLE, out.resolve("moodle.zip"));
        scorm12 = TargetBuildTest.build(Target.SCORM12, out.resolve("scorm12.zip"));
        manifest = text(moodle, "imsmanifest.xml");
    }

    static String text(Path zip, String name) throws Exception {
        return new String(PackageReader.read(zip, name), StandardCharsets.UTF_8);
    }

    @Test
    void schemaVersionIsOneMoodleReadsAsScorm2004() {
        assertTrue(manifest.contains("<schemaversion>2004 4th Edition</schemaversion>"), "else Moodle imports it as SCORM 1.2");
    }

    @Test
    void noSequencingMoodleCrashesOnIgnoresOrMisreads() {
        for (String element : List.of("mapInfo", "sequencingCollection", "IDRef", "completionThreshold", "sequencingRules",
                "rollupRules", "limitConditions", "randomizationControls", "objectives", "adlcp:data", "hideLMSUI")) {
            assertFalse(manifest.contains(element), element + " in the manifest");
        }
    }

    @Test
    void oneScoHoldsTheWholeCourse() throws Exception {
        NodeList scos = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//*[local-name()='resource'][@*[local-name()='scormType']='sco']", PackageReader.manifest(moodle),
                XPathConstants.NODESET);
        assertEquals(1, scos.getLength(), "after the first SCO Terminates, Moodle fails every later Initialize (104)");
    }

    @Test
    void theContentNeverRequestsNavigationFromTheLms() throws Exception {
        String course = text(moodle, "kemas/kemas-course.js");
        assertFalse(course.contains("adl.nav"), "navigation happens inside the SCO");
        assertTrue(course.contains("navRequest: function (request, target) {\n        shell.request"),
                "a material's navigation request goes to the course, not the LMS");
    }

    @Test
    void theContentSetsStatusesScoreAndExitExplicitly() throws Exception {
        String course = text(moodle, "kemas/kemas-course.js");
        for (String call : List.of("lms.setCompletion(", "lms.setSuccess(", "lms.setScore({ raw:", "lms.setExit(",
                "lms.setObjective(")) {
            assertTrue(course.contains(call), call);
        }
    }

    @Test
    void launchPagesLoadNothingFromTheNetwork() throws Exception {
        for (Path zip : List.of(moodle, scorm12)) {
            Document page = Jsoup.parse(text(zip, "sco-berakhlak.html"));
            List<String> remote = new ArrayList<>();
            Pattern network = Pattern.compile("^\\s*(https?:)?//", Pattern.CASE_INSENSITIVE);
            for (Element e : page.getAllElements()) {
                for (String attribute : List.of("src", "srcset", "poster", "data")) {
                    if (network.matcher(e.attr(attribute)).find()) remote.add(e.tagName() + " " + e.attr(attribute));
                }
                if (e.tagName().equals("link") && network.matcher(e.attr("href")).find()) remote.add("link " + e.attr("href"));
            }
            // templates hold each material's screens: look inside them too
            for (Element t : page.select("template")) {
                for (Element e : Jsoup.parseBodyFragment(t.html()).getAllElements()) {
                    if (network.matcher(e.attr("src")).find()) remote.add(e.tagName() + " " + e.attr("src"));
                }
            }
            assertEquals(List.of(), remote, "a package that loads from the network breaks offline");
            assertFalse(text(zip, "kemas/kemas.css").matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"), "no remote CSS");
        }
    }

    @Test
    void theScorm12BuildIsTheSameCourseAsScorm12() throws Exception {
        String m = text(scorm12, "imsmanifest.xml");
        assertTrue(m.contains("<schemaversion>1.2</schemaversion>"));
        assertTrue(m.contains("adlcp:scormtype=\"sco\""));
        assertFalse(m.contains("masteryscore"), "a mastery score would let the LMS overwrite lesson_status");
        assertEquals(text(moodle, "sco-berakhlak.html"), text(scorm12, "sco-berakhlak.html"), "one launch page for both");
    }
}
