package id.kemas.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.model.Cluster;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Page;
import id.kemas.core.model.QuestionType;
import id.kemas.core.model.Quiz;
import id.kemas.core.model.Sequencing;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinimalCourseTest {

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(MinimalCourseTest.class.getResource("/courses/" + name).toURI());
    }

    @Test
    void loadsEveryPartOfTheFormatWithoutProblems() throws Exception {
        LoadResult r = CourseLoader.load(fixture("minimal"));
        assertEquals(List.of(), r.problems());
        Course c = r.course().orElseThrow();

        assertEquals("minimal", c.id());
        assertEquals("1.0.0", c.version().toString());
        assertEquals("en", c.language());
        assertEquals(List.of("test", "minimal"), c.keywords());
        assertEquals("intro", c.home().orElseThrow());
        assertEquals(Sequencing.Navigation.FREE_CHOICE, c.sequencing().navigation().orElseThrow());
        assertEquals("check", c.sequencing().resultFrom().orElseThrow());
        assertEquals(List.of("intro", "unit", "lesson", "check"), c.nodes().stream().map(n -> n.id()).toList());
        assertEquals(List.of("intro", "lesson", "check"), c.leaves().stream().map(Leaf::id).toList());
        assertTrue(c.nodes().get(1) instanceof Cluster);
    }

    @Test
    void pagesTakeTheirTitleFromFrontMatterOrTheFirstHeading() throws Exception {
        Course c = CourseLoader.load(fixture("minimal")).course().orElseThrow();
        Leaf lesson = (Leaf) c.find("lesson").orElseThrow();
        List<Page> pages = lesson.pages();
        assertEquals("First lesson", pages.get(0).title());
        assertFalse(pages.get(0).html().contains("First lesson"), "the title heading is taken out of the body");
        assertTrue(pages.get(0).html().contains("<h2>Part one</h2>"), "body headings start at h2, under the page title: " + pages.get(0).html());
        assertEquals("Second lesson", pages.get(1).title());
    }

    @Test
    void leavesKnowEveryFileTheirPagesUse() throws Exception {
        Course c = CourseLoader.load(fixture("minimal")).course().orElseThrow();
        assertEquals(Set.of("media/square.svg"), ((Leaf) c.find("intro").orElseThrow()).assets());
        assertEquals(Set.of("media/notes.txt"), ((Leaf) c.find("lesson").orElseThrow()).assets());
    }

    @Test
    void readsQuizzesWithEveryQuestionType() throws Exception {
        Course c = CourseLoader.load(fixture("minimal")).course().orElseThrow();
        Leaf check = (Leaf) c.find("check").orElseThrow();
        Quiz q = check.quiz().orElseThrow();
        assertEquals("check", q.id(), "the quiz id defaults to its leaf's id");
        assertEquals(50, q.passingScore().getAsInt());
        assertTrue(q.retry());
        assertEquals(List.of(QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE, QuestionType.FILL_IN,
                QuestionType.MATCHING), q.questions().stream().map(x -> x.type()).toList());
        assertEquals("Pick <em>a</em>.", q.questions().get(0).promptHtml());
        assertEquals("lesson", q.questions().get(0).checks().orElseThrow());
        assertTrue(q.questions().get(1).answer().orElseThrow());
        assertEquals(List.of("yes", "ya"), q.questions().get(3).accept());
        assertEquals(2, q.questions().get(4).pairs().size());
        Leaf gated = check;
        assertEquals(List.of("unit"), gated.sequencing().gatedBy());
        assertEquals(2, gated.sequencing().attempts().getAsInt());
    }
}
