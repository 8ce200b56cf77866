package id.kemas.browser.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kemas.browser.BrowserTestBase;
import id.kemas.core.rules.CourseRules;
import id.kemas.export.render.course.CourseSuspendBudget;
import id.kemas.export.render.course.CourseSuspendCodec;
import id.kemas.export.render.course.CourseSuspendLayout;
import id.kemas.export.render.course.CourseSuspendState;
import id.kemas.export.render.course.CourseSuspendState.Completion;
import id.kemas.export.render.course.CourseSuspendState.Material;
import id.kemas.export.render.course.CourseSuspendState.Success;
import id.kemas.export.target.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The course suspend-data format as the course script (kemas.course.codec) and the Java codec
 * (CourseSuspendCodec) write it: each reads what the other writes, and writes it back the same.
 */
class CourseCodecAgreementTest extends BrowserTestBase {

    /** What a material's own data may hold: the runtime codec's characters, never "~" or "^". */
    private static final String OWN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_|;,.% !*()?:@/+=#";

    static CourseSuspendState random(CourseSuspendLayout layout, Random r) {
        List<Material> materials = new ArrayList<>();
        for (int i = 0; i < layout.materials().size(); i++) {
            if (r.nextInt(4) == 0) {
                materials.add(Material.UNTOUCHED);
                continue;
            }
            StringBuilder own = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) own.append(OWN.charAt(r.nextInt(OWN.length())));
            materials.add(new Material(Completion.values()[r.nextInt(3)], Success.values()[r.nextInt(3)], r.nextBoolean(),
                    r.nextInt(4) == 0 ? r.nextInt(CourseSuspendCodec.ATTEMPTS_MAX + 1) : r.nextInt(3),
                    r.nextBoolean() ? OptionalInt.of(r.nextInt(CourseSuspendCodec.MEASURE_SCALE + 1)) : OptionalInt.empty(),
                    r.nextInt(60), own.toString()));
        }
        List<Optional<List<Integer>>> draws = new ArrayList<>();
        for (CourseSuspendLayout.Bank b : layout.banks()) {
            List<Integer> all = new ArrayList<>();
            for (int p = 0; p < b.children(); p++) all.add(p);
            Collections.shuffle(all, r);
            draws.add(r.nextBoolean() ? Optional.of(List.copyOf(all.subList(0, b.drawn()))) : Optional.empty());
        }
        OptionalInt current = r.nextBoolean() ? OptionalInt.of(r.nextInt(layout.materials().size())) : OptionalInt.empty();
        return new CourseSuspendState(current, draws, materials);
    }

    @Test
    void javaAndTheCourseScriptReadAndWriteTheSameData() {
        for (String template : List.of("random-bank", "remediation")) {
            BuiltTargets.Built built = BuiltTargets.template(template, Target.MOODLE);
            CourseSuspendLayout layout = CourseSuspendLayout.of(built.course(), CourseRules.compile(built.course()));
            CoursePage page = BerakhlakTargetJourneyTest.launch(built, Map.of("entry", "ab-initio"));
            assertEquals(layout.signature(), page.js("return kemas.shell.layout.signature;"), "the same signature");

            Random r = new Random(20260401L + template.hashCode());
            List<String> written = new ArrayList<>();
            for (int i = 0; i < 300; i++) written.add(CourseSuspendCodec.encode(layout, random(layout, r)));
            @SuppressWarnings("unchecked")
            List<String> rewritten = (List<String>) page.js("var s = kemas.shell, c = kemas.course.codec;"
                    + " return arguments[0].map(function (d) { var st = c.decode(s.layout, s.count, d);"
                    + " return st ? c.encode(s.layout, st) : 'unreadable: ' + d; });", written);
            assertEquals(written, rewritten, "the script reads the Java codec's data and writes it back the same");

            @SuppressWarnings("unchecked")
            List<String> fromScript = (List<String>) page.js("var s = kemas.shell, c = kemas.course.codec, out = [];"
                    + " for (var i = 0; i < 100; i++) { var st = c.empty(s.layout, s.count);"
                    + "   st.current = i % 3 ? (i % s.count) : null;"
                    + "   st.materials.forEach(function (m, k) { if ((i + k) % 2) return;"
                    + "     m.completion = ['unknown', 'incomplete', 'completed'][(i + k) % 3];"
                    + "     m.success = ['unknown', 'passed', 'failed'][(i * 7 + k) % 3]; m.pending = i % 5 === 0;"
                    + "     m.attempts = i % 4; m.measure = i % 3 ? Math.round((i * 37 % 10001)) / 10000 : null;"
                    + "     m.location = i % 9; m.data = i % 2 ? 'K1abcd|B|1;;0,t' : ''; });"
                    + "   s.layout.banks.forEach(function (b, j) { st.draws[j] = i % 2 ? [i % b.children] : null; });"
                    + "   out.push(c.encode(s.layout, st)); } return out;");
            for (String data : fromScript) {
                CourseSuspendState state = CourseSuspendCodec.decode(layout, data)
                        .orElseThrow(() -> new AssertionError("Java cannot read " + data));
                assertEquals(data, CourseSuspendCodec.encode(layout, state));
            }
        }
    }

    @Test
    void theLongestDataTheBuildAllowsForRoundTripsInTheScript() {
        BuiltTargets.Built built = BuiltTargets.sample(Target.SCORM12);
        CourseSuspendLayout layout = CourseSuspendLayout.of(built.course(), CourseRules.compile(built.course()));
        int worst = CourseSuspendBudget.worstCase(layout).total();
        List<Material> materials = new ArrayList<>();
        for (var m : layout.materials()) {
            materials.add(new Material(Completion.COMPLETED, Success.FAILED, true, CourseSuspendCodec.ATTEMPTS_MAX,
                    OptionalInt.of(CourseSuspendCodec.MEASURE_SCALE), m.screens(),
                    "%E0%A0%80".repeat(id.kemas.export.render.suspend.SuspendBudget.worstCase(m) / 9)));
        }
        String data = CourseSuspendCodec.encode(layout, new CourseSuspendState(OptionalInt.of(layout.materials().size() - 1),
                List.of(), materials));
        CoursePage page = BerakhlakTargetJourneyTest.launch(built, Map.of("entry", "ab-initio"));
        Object back = page.js("var s = kemas.shell, c = kemas.course.codec; var st = c.decode(s.layout, s.count, arguments[0]);"
                + " return st ? c.encode(s.layout, st) : null;", data);
        assertEquals(data, back);
        assertEquals(true, data.length() <= worst && worst <= 4096, data.length() + " of at most " + worst);
    }
}
