package id.kemas.core.sequencing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.sequencing.describe.ActivityDescriber;
import id.kemas.core.sequencing.describe.DiagramWriter;
import id.kemas.core.sequencing.describe.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The effective sequencing of each activity, in plain words and as diagrams. */
class DescriberTest {

    @Test
    void describesTheBerakhlakSampleInPlainWords() {
        ActivityTree t = SequencingFixtures.clean(SequencingFixtures.berakhlak());
        ActivityDescriber d = new ActivityDescriber(t);
        assertEquals("Post-test: locked until Materi 1–8 are completed; 2 attempts; passing 70%; "
                + "ends the course once passed or out of attempts; starts again after a failed attempt while attempts remain; "
                + "LMS navigation hidden", d.line(t.get("posttest"), false));
        assertEquals("Pre-test: optional: counts for neither completion nor the result; passing 70%; LMS navigation hidden",
                d.line(t.get("pretest"), false));
        assertEquals("Materi: menu in any order", d.line(t.get("materi"), false));
        assertEquals("Materi 3: Akuntabel", d.line(t.get("akuntabel"), false));
        String tree = d.describeTree();
        assertTrue(tree.startsWith("Bangga Melayani Bangsa Melalui Core Value BerAKHLAK (course): "
                + "menu and continue/previous, where unlocked; result from Post-test\n"), tree);
        assertTrue(tree.contains("\n│  └─ Materi 8: Kolaboratif\n"), tree);
        assertTrue(tree.endsWith("└─ Penutup: optional: counts for neither completion nor the result\n"), tree);
    }

    @Test
    void describesEachTemplate() {
        assertLine("forced-sequential", "lesson-2", "Lesson 2: locked until Lesson 1 is completed");
        assertLine("forced-sequential", "unit", "Unit: in order: each opens when the one before it is completed; review allowed; "
                + "locked until Introduction is completed");
        assertLine("linear-strict", "unit", "Unit: strictly in order: continue only, no menu, no going back");
        assertLine("pretest-test-out", "pretest",
                "Pre-test: counts for failing only once attempted; passing 80%; passing it skips Lesson 1–2 and Post-test");
        assertLine("pretest-test-out", "posttest", "Post-test: counts only when not skipped; skipped when Pre-test is passed; passing 70%");
        assertLine("remediation", "quiz", "Quiz: 3 attempts; passing 70%; ends the course once passed or out of attempts; "
                + "when failed: back to Lesson 1, then this test again");
        assertLine("remediation", "lesson-2", "Lesson 2: skipped while Quiz is being remediated");
        assertLine("random-bank", "bank", "Final test: menu in any order; each attempt uses 1 of its 3 activities, drawn at random in random order");
        assertLine("result-from", "practice", "Practice: its result does not count for the course; passing 50%");
        assertLine("optional", "extras", "Further reading: menu in any order; optional: counts for neither completion nor the result");
        assertLine("raw", "check", "Check: the menu cannot leave it while it runs; counts for passing only once attempted; passing 60%; "
                + "hidden from the menu when it has not been attempted; ends the course when it scores above 0.9; "
                + "LMS hides continue and previous");
        ActivityTree pretest = SequencingFixtures.clean("pretest-test-out");
        assertTrue(new ActivityDescriber(pretest).line(pretest.root(), true).endsWith("passed when Pre-test or Post-test is passed"));
    }

    @Test
    void drawsTheTreeAndTheLinksRulesMake() {
        ActivityTree t = SequencingFixtures.clean(SequencingFixtures.berakhlak());
        List<Relation> relations = new ActivityDescriber(t).relations();
        assertEquals(List.of(new Relation(Relation.Kind.UNLOCKS, t.get("materi"), t.get("posttest"))), relations);
        int materi = t.flowIndex(t.get("materi"));
        int post = t.flowIndex(t.get("posttest"));

        String mermaid = DiagramWriter.write(t, DiagramWriter.Format.MERMAID);
        assertTrue(mermaid.startsWith("flowchart TD\n"), mermaid);
        assertTrue(mermaid.contains("  a" + materi + " -. \"unlocks\" .-> a" + post + "\n"), mermaid);
        assertTrue(mermaid.contains("  a0 --> a" + materi + "\n"), mermaid);
        assertTrue(mermaid.contains("[\"Post-test<br/><small>locked until Materi 1–8 are completed<br/>2 attempts"), mermaid);

        String dot = DiagramWriter.write(t, DiagramWriter.Format.GRAPHVIZ);
        assertTrue(dot.startsWith("digraph sequencing {"), dot);
        assertTrue(dot.contains("  a" + materi + " -> a" + post + " [style=dashed, constraint=false, label=\"unlocks\"];\n"), dot);
        assertTrue(dot.contains("label=\"Post-test\\nlocked until Materi 1–8 are completed\\n2 attempts"), dot);
        assertTrue(dot.trim().endsWith("}"));

        ActivityTree remediation = SequencingFixtures.clean("remediation");
        assertEquals(List.of(new Relation(Relation.Kind.REMEDIATES, remediation.get("quiz"), remediation.get("lesson-1"))),
                new ActivityDescriber(remediation).relations());
        ActivityTree testOut = SequencingFixtures.clean("pretest-test-out");
        assertEquals(List.of(new Relation(Relation.Kind.SKIPS, testOut.get("pretest"), testOut.get("unit")),
                new Relation(Relation.Kind.SKIPS, testOut.get("pretest"), testOut.get("posttest"))),
                new ActivityDescriber(testOut).relations());
    }

    private static void assertLine(String fixture, String id, String expected) {
        ActivityTree t = SequencingFixtures.clean(fixture);
        assertEquals(expected, new ActivityDescriber(t).line(t.get(id), false));
    }
}
