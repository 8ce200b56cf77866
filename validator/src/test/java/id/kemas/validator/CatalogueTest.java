package id.kemas.validator;

import id.kemas.core.problem.MessageCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The message catalogue is complete, well-formed, and documented. */
class CatalogueTest {

    private static final Pattern ID = Pattern.compile("(PKG|MAN|XSD|CAM|RES|HTM|SEQ|PRF)-\\d{3}");

    @Test
    void everyMessageHasAWellFormedIdATextAndAHint() {
        MessageCatalog c = Messages.catalog();
        Object[] args = {"a", "b", "c", "d", "e"};
        for (String id : c.ids()) {
            assertTrue(ID.matcher(id).matches(), id);
            String text = c.text(id, args);
            assertFalse(text.isBlank() || text.equals(id), id + " has no text");
            assertFalse(c.hint(id, args).isBlank(), id + " has no hint");
            assertFalse(text.contains("{") && text.matches(".*\\{\\d}.*"), id + " leaves a placeholder: " + text);
        }
    }

    @Test
    void everyMessageIsListedInTheDocumentation() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "validate.md"), StandardCharsets.UTF_8);
        Set<String> missing = new TreeSet<>();
        for (String id : Messages.catalog().ids()) if (!doc.contains("| " + id + " |")) missing.add(id);
        assertEquals(Set.of(), missing);
    }
}
