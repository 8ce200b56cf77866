package id.kemas.export.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Page;
import id.kemas.core.model.Question;
import id.kemas.core.model.QuestionType;
import id.kemas.core.model.Quiz;
import id.kemas.core.model.SemVer;
import id.kemas.core.model.Sequencing;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import id.kemas.core.problem.Severity;
import id.kemas.export.pkg.PackageEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VelocityScoRendererTest {

    static Page page(String title, String html) {
        return new Page("pages/" + title + ".md", title, html, List.of(), Location.of("pages/" + title + ".md"));
    }

    static Question question(String id, QuestionType type) {
        List<Question.Choice> choices = switch (type) {
            case SINGLE, MULTIPLE -> List.of(new Question.Choice("a", "<p>Yes &amp; no</p>", true),
                    new Question.Choice("b", "No", type == QuestionType.MULTIPLE));
            default -> List.of();
        };
        return new Question(id, type, Optional.empty(), "<p>Prompt of " + id + "</p>", choices,
                type == QuestionType.TRUE_FALSE ? Optional.of(false) : Optional.empty(),
                type == QuestionType.FILL_IN ? List.of("teknis") : List.of(),
                type == QuestionType.MATCHING ? List.of(new Question.MatchPair("v", "Vision", "<em>Visi</em>"),
                        new Question.MatchPair("u", "Understanding", "Pemahaman")) : List.of(),
                "<p>Because.</p>", 1, List.of(), Location.of("quizzes/q.yaml", 3, 5));
    }

    static Leaf leaf(String id, List<Page> pages, Optional<Quiz> quiz) {
        return new Leaf(id, "Title of <" + id + ">", Sequencing.NONE, pages, quiz, Location.of("course.yaml", 10, 5));
    }

    static Course course(String language, List<Leaf> leaves) {
        return new Course("demo", "Demo & Co", SemVer.parse("1.0.0").orElseThrow(), language, "", List.of(),
                Optional.empty(), Optional.empty(), Optional.of("home"), Sequencing.NONE, List.copyOf(leaves), List.of(),
                Location.of("course.yaml"));
    }

    static Quiz quiz(List<Question> questions) {
        return new Quiz("q", "quizzes/q.yaml", OptionalInt.of(70), true, false, OptionalInt.empty(), questions);
    }

    private static final Leaf QUIZ_LEAF = leaf("test", List.of(page("Intro", "<p>Read this.</p><table><tr><td>1</td></tr></table>")),
            Optional.of(quiz(List.of(question("q1", QuestionType.SINGLE), question("q2", QuestionType.MULTIPLE),
                    question("q3", QuestionType.TRUE_FALSE), question("q4", QuestionType.FILL_IN),
                    question("q5", QuestionType.MATCHING)))));
    private static final Course COURSE = course("id", List.of(QUIZ_LEAF));

    private static Document render(VelocityScoRenderer r, Course c, Leaf l, Problems problems) {
        List<PackageEntry> out = r.renderLeaf(c, l, problems);
        assertEquals(1, out.size());
        assertEquals("sco-" + l.id() + ".html", out.get(0).path());
        return Jsoup.parse(new String(((PackageEntry.Bytes) out.get(0)).data(), StandardCharsets.UTF_8));
    }

    private static Problems problems() {
        return new Problems(VelocityScoRenderer.MESSAGES);
    }

    @Test
    void aLaunchPageHoldsEveryScreenWithStableControls() {
        Problems problems = problems();
        Document doc = render(new VelocityScoRenderer(), COURSE, QUIZ_LEAF, problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals("id", doc.selectFirst("html").attr("lang"));
        assertEquals(1, doc.select("main").size());
        assertEquals(1, doc.select("nav").size());
        assertEquals(1 + 5 + 1, doc.select("[data-kemas-screen] h1, [data-kemas-screen] > h1").size(), "one h1 per screen");
        for (String nav : List.of("previous", "next", "home", "exit")) {
            assertEquals(1, doc.select("button[data-kemas-nav=" + nav + "]").size(), nav);
        }
        assertEquals(List.of("Sebelumnya", "Beranda", "Keluar", "Selanjutnya"),
                doc.select("[data-kemas-nav] [data-kemas-label]").eachText());
        assertEquals(5, doc.select("[data-kemas-question] [data-kemas-quiz=check]").size());
        assertEquals(2, doc.select("[data-kemas-question=q1] input[type=radio][data-kemas-quiz=choice]").size());
        assertEquals(2, doc.select("[data-kemas-question=q2] input[type=checkbox]").size());
        assertEquals(List.of("true", "false"), doc.select("[data-kemas-question=q3] input").eachAttr("value"));
        assertEquals("100", doc.selectFirst("[data-kemas-question=q4] input[data-kemas-quiz=text]").attr("maxlength"));
        assertEquals(2, doc.select("[data-kemas-question=q5] select[data-kemas-quiz=match]").size());
        assertEquals("Visi", doc.select("[data-kemas-question=q5] option[value=v]").first().text(), "options are text");
        assertEquals(1, doc.select("[data-kemas-screen=results] [data-kemas-quiz=retry]").size());
        assertEquals("Yes &amp; no", doc.selectFirst("label[for=kemas-q-q1-a]").html(), "the wrapping paragraph goes");
        Element table = doc.selectFirst(".kemas-table");
        assertEquals("0", table.attr("tabindex"));
        assertEquals("Tabel", table.attr("aria-label"));
    }

    @Test
    void everyControlHasALabel() {
        Document doc = render(new VelocityScoRenderer(), COURSE, QUIZ_LEAF, problems());
        for (Element input : doc.select("input, select")) {
            assertEquals(1, doc.select("label[for=" + input.id() + "]").size(), input.outerHtml());
        }
    }

    @Test
    void authorTextIsEscapedAndNothingComesFromOutsideThePackage() {
        Document doc = render(new VelocityScoRenderer(), COURSE, QUIZ_LEAF, problems());
        assertEquals("Title of <test>", doc.selectFirst(".kemas-sco-title").text());
        assertEquals("Demo & Co", doc.selectFirst(".kemas-course-title").text());
        for (Element e : doc.select("script[src], link[href]")) {
            String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertTrue(ref.startsWith("kemas/"), ref);
        }
    }

    @Test
    void theRuntimeDataIsJsonThatCannotCloseItsScriptElement() {
        Leaf tricky = leaf("x", List.of(page("P", "<p>x</p>")), Optional.empty());
        Course c = new Course("demo", "a</script><b>", SemVer.parse("1.0.0").orElseThrow(), "en", "", List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Sequencing.NONE, List.of(tricky), List.of(), Location.NONE);
        Document doc = render(new VelocityScoRenderer(), c, tricky, problems());
        String json = doc.selectFirst("script#kemas-data").data();
        assertFalse(json.contains("</script"));
        assertTrue(json.contains("\"title\":\"a\\u003c/script\\u003e\\u003cb\\u003e\""), json);
        assertTrue(json.contains("\"home\":null"));
    }

    @Test
    void theDataNamesTheHomeItemAndTheQuizInScormTerms() {
        String json = render(new VelocityScoRenderer(), COURSE, QUIZ_LEAF, problems()).selectFirst("script#kemas-data").data();
        assertTrue(json.contains("\"home\":{\"item\":\"ITEM-home\",\"isThis\":false}"), json);
        assertTrue(json.contains("\"sco\":{\"id\":\"test\",\"title\":\"Title of \\u003ctest\\u003e\",\"item\":\"ITEM-test\"}"), json);
        assertTrue(json.contains("\"description\":\"{lang=id}Prompt of q1\""), json);
        assertTrue(json.contains("\"interactionType\":\"choice\""), json);
        assertTrue(json.contains("\"passingScore\":70"), json);
    }

    @Test
    void renderingIsDeterministic() {
        byte[] a = ((PackageEntry.Bytes) new VelocityScoRenderer().renderLeaf(COURSE, QUIZ_LEAF, problems()).get(0)).data();
        byte[] b = ((PackageEntry.Bytes) new VelocityScoRenderer().renderLeaf(COURSE, QUIZ_LEAF, problems()).get(0)).data();
        assertArrayEquals(a, b);
    }

    @Test
    void aQuizWhoseSavedProgressCanOutgrowTheLmsFailsTheBuildWithTheNumber() {
        List<Question> many = new ArrayList<>();
        for (int i = 0; i < 80; i++) many.add(question("f" + i, QuestionType.FILL_IN));
        Leaf big = leaf("big", List.of(), Optional.of(quiz(many)));
        Problems problems = problems();
        new VelocityScoRenderer().renderLeaf(course("id", List.of(big)), big, problems);
        List<Problem> found = problems.sorted();
        assertEquals(1, found.size());
        Problem p = found.get(0);
        assertEquals("SCO-001", p.id());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("quizzes/q.yaml", p.location().file());
        int worst = id.kemas.export.render.suspend.SuspendBudget.worstCase(id.kemas.export.render.suspend.SuspendLayout.of(big));
        assertTrue(worst > 64_000 && p.message().contains("can reach " + worst + " characters"), p.message());
        assertTrue(p.message().contains("64000"), p.message());
    }

    @Test
    void themeTemplatesAndAssetsOverrideTheBuiltInOnes(@TempDir Path course) throws Exception {
        Path theme = Files.createDirectories(course.resolve("theme/fonts"));
        Files.writeString(theme.resolve("../page.vm").normalize(),
                "<section data-kemas-screen=\"page\"><h1>Themed $page.title</h1>$page.bodyHtml</section>\n");
        Files.writeString(course.resolve("theme/kemas.css"), "body { color: black; }");
        Files.write(theme.resolve("brand.woff2"), new byte[] {1, 2, 3});
        Course c = new Course("demo", "Demo", SemVer.parse("1.0.0").orElseThrow(), "en", "", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Sequencing.NONE, List.of(QUIZ_LEAF),
                List.of("theme/fonts/brand.woff2", "theme/kemas.css", "theme/page.vm"), Location.NONE);
        VelocityScoRenderer r = new VelocityScoRenderer(course.resolve("theme"));
        Document doc = render(r, c, QUIZ_LEAF, problems());
        assertEquals("Themed Intro", doc.selectFirst("[data-kemas-screen=page] h1").text());

        List<PackageEntry> shared = r.sharedFiles(c, course, problems());
        assertEquals(List.of("kemas/fonts/brand.woff2", "kemas/kemas-quiz.js", "kemas/kemas-runtime.js", "kemas/kemas.css"),
                shared.stream().map(PackageEntry::path).toList());
        assertTrue(shared.stream().anyMatch(e -> e instanceof PackageEntry.OnDisk d && d.path().equals("kemas/kemas.css")
                && d.file().equals(course.resolve("theme/kemas.css"))));
    }

    @Test
    void aBrokenThemeTemplateIsReportedWithItsLocation(@TempDir Path course) throws Exception {
        Files.createDirectories(course.resolve("theme"));
        Files.writeString(course.resolve("theme/nav.vm"), "<nav>\n#if($broken\n</nav>\n");
        Problems problems = problems();
        List<PackageEntry> out = new VelocityScoRenderer(course.resolve("theme")).renderLeaf(COURSE, QUIZ_LEAF, problems);
        assertEquals(List.of(), out);
        Problem p = problems.sorted().get(0);
        assertEquals("SCO-002", p.id());
        assertEquals("theme/nav.vm", p.location().file());
        assertTrue(p.location().line() > 0, p.location().toString());
    }

    @Test
    void sharedFilesWithoutAThemeAreTheBundledRuntime() {
        List<PackageEntry> shared = new VelocityScoRenderer().sharedFiles(COURSE, Path.of("."), problems());
        assertEquals(List.of("kemas/kemas-quiz.js", "kemas/kemas-runtime.js", "kemas/kemas.css"),
                shared.stream().map(PackageEntry::path).toList());
        String runtime = new String(((PackageEntry.Bytes) shared.get(1)).data(), StandardCharsets.UTF_8);
        assertFalse(runtime.matches("(?s).*https?://.*"), "the runtime fetches nothing from outside");
    }
}
