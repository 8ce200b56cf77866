package id.kemas.export;

import id.kemas.core.model.Cluster;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Node;
import id.kemas.core.model.Page;
import id.kemas.core.model.SemVer;
import id.kemas.core.model.Sequencing;
import id.kemas.core.problem.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A small course written by hand: two leaves in a cluster and one at the top, pages that use an
 * SVG, a PNG, an MP4 and a PDF (one image shared by two leaves), with the media on disk.
 */
public final class TestCourse {

    private TestCourse() {}

    /** Writes the media under {@code root} and returns the course that uses them. */
    public static Course create(Path root) throws IOException {
        write(root.resolve("media/diagram.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"10\" height=\"10\"/></svg>\n".repeat(20));
        write(root.resolve("media/photo.png"), noise(40_000, 1));
        write(root.resolve("media/clip.mp4"), noise(300_000, 2));
        write(root.resolve("media/handout.pdf"), noise(20_000, 3));
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < 40_000; i++) notes.append("Note ").append(i).append(" for the learner: ").append(i * 7919 % 10007).append('\n');
        write(root.resolve("media/notes.txt"), notes.toString()); // over 1 MB, so that text is deflated ahead

        Page intro = page("pages/intro.md", "Welcome", "<p>Hello <img src=\"media/diagram.svg\" alt=\"d\"></p>",
                List.of("media/diagram.svg"));
        Page one = page("pages/one.md", "One & only", "<p><img src=\"media/photo.png\" alt=\"p\"></p>"
                + "<video src=\"media/clip.mp4\"></video>", List.of("media/photo.png", "media/clip.mp4"));
        Page two = page("pages/two.md", "Two", "<p><a href=\"media/handout.pdf\">Handout</a> "
                + "<img src=\"media/photo.png\" alt=\"again\"> <a href=\"media/notes.txt\">notes</a></p>",
                List.of("media/handout.pdf", "media/photo.png", "media/notes.txt"));
        Page three = page("pages/three.md", "Three", "<p>Text only.</p>", List.of());

        Leaf welcome = leaf("welcome", "Welcome", intro);
        Leaf first = leaf("first", "First lesson", one, two);
        Leaf second = leaf("second", "Second lesson", three);
        Cluster lessons = new Cluster("lessons", "Lessons", Sequencing.NONE, List.<Node>of(first, second),
                Location.of("course.yaml", 12, 5));
        return new Course("test-course", "A <test> course", SemVer.parse("1.2.3").orElseThrow(), "en",
                "A course made in a test.", List.of("test", "kemas"), Optional.of("Ann Author"),
                Optional.of("Test Org"), Optional.empty(), Sequencing.NONE, List.of(welcome, lessons), List.of(),
                Location.of("course.yaml", 1, 1));
    }

    public static Leaf leaf(String id, String title, Page... pages) {
        return new Leaf(id, title, Sequencing.NONE, List.of(pages), Optional.empty(), Location.of("course.yaml", 5, 5));
    }

    public static Page page(String source, String title, String html, List<String> assets) {
        return new Page(source, title, html, assets, Location.of(source, 1, 1));
    }

    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path file, byte[] data) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, data);
    }

    /** Incompressible bytes from a fixed seed. */
    public static byte[] noise(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }
}
