package id.kemas.browser.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.browser.BrowserTestBase;
import id.kemas.browser.Prerequisites;
import id.kemas.browser.ScoPage;
import id.kemas.export.target.Target;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * The reviewer's screenshots of the BerAKHLAK sample (home menu, a materi page, a figure, the
 * post-test), taken from the package as an LMS frame shows it. They are written to
 * target/screenshots on every run; {@code -Dkemas.updateDocs=true} also refreshes docs/screenshots.
 */
class ScreenshotsTest extends BrowserTestBase {

    private static final Path OUT = Prerequisites.repository().resolve("browser-tests/target/screenshots");
    private static final Path DOCS = Prerequisites.repository().resolve("docs/screenshots");

    @Test
    void homeMenuMateriPageFigureAndPostTest() throws IOException {
        BuiltTargets.Built built = BuiltTargets.sample(Target.MOODLE);
        CoursePage course = BerakhlakTargetJourneyTest.launch(built, Map.of("entry", "ab-initio"));
        assertTrue(course.menuShown());
        save("home-menu", "a new learner's home menu");

        course.open("akuntabel");
        ScoPage m = course.material();
        assertEquals("Definisi", m.text("[data-kemas-screen]:not([hidden]) .kemas-screen-title"));
        save("materi-page", "the first page of Materi 3 Akuntabel");

        m.next();
        assertEquals("Tingkatan Akuntabilitas", m.text("[data-kemas-screen]:not([hidden]) .kemas-screen-title"));
        Object loaded = m.js("var img = document.querySelector('[data-kemas-screen]:not([hidden]) img');"
                + " img.scrollIntoView({block: 'center'}); return img.complete && img.naturalWidth > 0;");
        assertEquals(Boolean.TRUE, loaded, "the pyramid figure loads");
        save("figure", "the five levels of accountability");

        m.home();
        for (String id : BerakhlakTargetJourneyTest.MATERI) course.study(id);
        course.open("posttest");
        while (m.visibleQuestion() == null) m.next();
        save("post-test", "the first post-test question");
    }

    /** Shoots the LMS frame that holds the course, checks it is a real picture, and keeps it. */
    private void save(String name, String what) throws IOException {
        lms.forgetContext();
        byte[] png = lms.driver().switchTo().defaultContent().findElement(By.id("sco")).getScreenshotAs(OutputType.BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() >= 800 && image.getHeight() >= 600, what + ": " + image.getWidth() + "x" + image.getHeight());
        assertTrue(colours(image) > 16, what + ": the screenshot is nearly blank");
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".png"), png);
        if (Boolean.getBoolean("kemas.updateDocs")) {
            Files.createDirectories(DOCS);
            Files.write(DOCS.resolve(name + ".png"), png);
        }
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) seen.add(image.getRGB(x, y));
        }
        return seen.size();
    }
}
