package id.kemas.export.render.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.model.Course;
import id.kemas.core.rules.CourseRules;
import id.kemas.export.render.course.CourseSuspendState.Completion;
import id.kemas.export.render.course.CourseSuspendState.Material;
import id.kemas.export.render.course.CourseSuspendState.Success;
import id.kemas.export.render.suspend.SuspendBudget;
import id.kemas.export.render.suspend.SuspendLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The worst case of the course suspend data is the length of a real encoding of the longest state. */
class CourseSuspendBudgetTest {

    static final Path SAMPLE = Path.of("../samples/berakhlak");

    static CourseSuspendLayout layoutOf(Path dir) {
        Course course = CourseLoader.load(dir).course().orElseThrow();
        return CourseSuspendLayout.of(course, CourseRules.compile(course));
    }

    /** Every field at its longest; each material's own data as long as its own worst case. */
    static CourseSuspendState longest(CourseSuspendLayout layout) {
        List<Material> materials = new ArrayList<>();
        for (SuspendLayout m : layout.materials()) {
            materials.add(new Material(Completion.COMPLETED, Success.FAILED, true, CourseSuspendCodec.ATTEMPTS_MAX,
                    OptionalInt.of(CourseSuspendCodec.MEASURE_SCALE), m.screens(), "x".repeat(SuspendBudget.worstCase(m))));
        }
        List<Optional<List<Integer>>> draws = new ArrayList<>();
        for (CourseSuspendLayout.Bank b : layout.banks()) {
            draws.add(Optional.of(IntStream.range(b.children() - b.drawn(), b.children()).boxed().toList()));
        }
        return new CourseSuspendState(OptionalInt.of(layout.materials().size() - 1), draws, materials);
    }

    @Test
    void theBerakhlakWorstCaseIsARealEncodingAndFitsScorm12() {
        CourseSuspendLayout layout = layoutOf(SAMPLE);
        CourseSuspendBudget.WorstCase worst = CourseSuspendBudget.worstCase(layout);
        assertEquals(CourseSuspendCodec.encode(layout, longest(layout)).length(), worst.total());
        assertTrue(worst.total() <= 4096, "fits SCORM 1.2: " + worst.total());
        assertEquals("posttest", layout.ids().get(worst.largest()), "the post-test (with its fill-in question) takes the most");
        System.out.println("berakhlak course suspend data, worst case: " + worst.total() + " characters; per material "
                + layout.ids() + " " + worst.perMaterial());
    }

    @Test
    void theWorstCaseCountsRandomBanks() {
        CourseSuspendLayout layout = layoutOf(Path.of("../core/src/test/resources/sequencing/random-bank"));
        assertEquals(1, layout.banks().size());
        assertEquals(CourseSuspendCodec.encode(layout, longest(layout)).length(), CourseSuspendBudget.worstCase(layout).total());
    }
}
