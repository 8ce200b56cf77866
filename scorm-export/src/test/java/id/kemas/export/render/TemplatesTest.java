package id.kemas.export.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    @Test
    void theExpectedSizeChangesNothingButTheBuffer(@TempDir Path theme) throws Exception {
        Files.writeString(theme.resolve("t.vm"), "<p>$text</p>\n#foreach ($i in [1..3])$i–#end\n", StandardCharsets.UTF_8);
        Templates templates = new Templates(Optional.of(theme));
        Map<String, Object> context = Map.of("text", "Bangga melayani bangsa: café, 😀, " + "x".repeat(100_000));

        byte[] plain = templates.renderUtf8("t.vm", context);
        String expected = "<p>Bangga melayani bangsa: café, 😀, " + "x".repeat(100_000) + "</p>\n1–2–3–";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), plain);
        for (int guess : new int[] {0, 10, plain.length, 4 * plain.length}) {
            assertArrayEquals(plain, templates.renderUtf8("t.vm", context, guess), "expected size " + guess);
        }
    }
}
