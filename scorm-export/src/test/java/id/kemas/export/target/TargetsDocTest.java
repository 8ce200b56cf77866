package id.kemas.export.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/targets.md is what TargetsDoc generates from the code. */
class TargetsDocTest {

    static final Path DOC = Path.of("../docs/targets.md");

    @Test
    void docsTargetsMdIsUpToDate() throws Exception {
        String generated = TargetsDoc.render();
        if (Boolean.getBoolean("kemas.updateDocs")) Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        assertTrue(Files.isRegularFile(DOC), "docs/targets.md is missing; generate it with "
                + "mvn -o -pl scorm-export test -Dtest=TargetsDocTest -Dkemas.updateDocs=true");
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8), "docs/targets.md is out of date; "
                + "regenerate it with mvn -o -pl scorm-export test -Dtest=TargetsDocTest -Dkemas.updateDocs=true");
    }

    @Test
    void theMatrixCoversEveryTargetAndSaysWhoEnforcesTheTemplates() {
        String doc = TargetsDoc.render();
        for (Target t : Target.values()) assertTrue(doc.contains("| `" + t.id() + "`"), t.id());
        for (Behaviour b : Behaviour.values()) assertTrue(doc.contains("| " + b.title() + " |"), b.name());
        assertEquals(Enforcement.LMS, Behaviour.GATES.enforcedBy(Target.SCORM2004));
        assertEquals(Enforcement.CONTENT, Behaviour.GATES.enforcedBy(Target.MOODLE));
        assertEquals(Enforcement.CONTENT, Behaviour.ATTEMPTS.enforcedBy(Target.SCORM12));
        assertTrue(doc.contains("| completed | failed | `failed` |"));
        assertTrue(doc.contains("| incomplete | unknown | `incomplete` |"));
    }
}
