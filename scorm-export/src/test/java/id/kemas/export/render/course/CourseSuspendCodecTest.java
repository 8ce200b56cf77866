package id.kemas.export.render.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.export.render.course.CourseSuspendState.Completion;
import id.kemas.export.render.course.CourseSuspendState.Material;
import id.kemas.export.render.course.CourseSuspendState.Success;
import id.kemas.export.render.suspend.SuspendLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CourseSuspendCodecTest {

    static final CourseSuspendLayout RANDOM_BANK = CourseSuspendBudgetTest.layoutOf(
            Path.of("../core/src/test/resources/sequencing/random-bank"));

    static List<Material> untouched(CourseSuspendLayout layout) {
        List<Material> out = new ArrayList<>();
        for (SuspendLayout ignored : layout.materials()) out.add(Material.UNTOUCHED);
        return out;
    }

    @Test
    void aNewLearnerIsAHeaderAndEmptyFields() {
        CourseSuspendState fresh = new CourseSuspendState(OptionalInt.empty(), List.of(Optional.empty()), untouched(RANDOM_BANK));
        String data = CourseSuspendCodec.encode(RANDOM_BANK, fresh);
        assertEquals("KC1" + RANDOM_BANK.signature() + "~~" + "~".repeat(RANDOM_BANK.materials().size()), data);
        assertEquals(fresh, CourseSuspendCodec.decode(RANDOM_BANK, data).orElseThrow());
    }

    @Test
    void everyFieldRoundTrips() {
        List<Material> materials = untouched(RANDOM_BANK);
        materials.set(0, new Material(Completion.COMPLETED, Success.UNKNOWN, false, 0, OptionalInt.empty(), 1, "K1abcd|B"));
        materials.set(2, new Material(Completion.INCOMPLETE, Success.FAILED, true, 2, OptionalInt.of(4567), 3, "K1abcd|H|1;;0,t"));
        CourseSuspendState state = new CourseSuspendState(OptionalInt.of(2), List.of(Optional.of(List.of(2))), materials);
        String data = CourseSuspendCodec.encode(RANDOM_BANK, state);
        assertTrue(data.startsWith("KC1" + RANDOM_BANK.signature() + "~2~2~"), data);
        assertTrue(data.contains("~2^^^1^K1abcd|B~"), data);
        assertTrue(data.contains("~g^2^3iv^3^K1abcd|H|1;;0,t"), "flags 1 + 3*2 + 9 = 16 = g: " + data);
        assertEquals(state, CourseSuspendCodec.decode(RANDOM_BANK, data).orElseThrow());
    }

    @Test
    void dataOfAnotherCourseShapeOrMalformedIsIgnored() {
        String good = CourseSuspendCodec.encode(RANDOM_BANK,
                new CourseSuspendState(OptionalInt.empty(), List.of(Optional.empty()), untouched(RANDOM_BANK)));
        for (String bad : List.of("", "K1abcd|A", good.replace("KC1" + RANDOM_BANK.signature(), "KC1zzzz"), good + "~",
                good.replaceFirst("~~", "~9~"), good.replaceFirst("~~", "~~0.1"), good.replaceFirst("~~", "~~7"))) {
            assertEquals(Optional.empty(), CourseSuspendCodec.decode(RANDOM_BANK, bad), bad);
        }
    }

    @Test
    void aMaterialsOwnDataMayNotHoldTheSeparators() {
        List<Material> materials = untouched(RANDOM_BANK);
        materials.set(0, new Material(Completion.COMPLETED, Success.UNKNOWN, false, 0, OptionalInt.empty(), 1, "a~b"));
        assertThrows(IllegalArgumentException.class, () -> CourseSuspendCodec.encode(RANDOM_BANK,
                new CourseSuspendState(OptionalInt.empty(), List.of(Optional.empty()), materials)));
    }
}
