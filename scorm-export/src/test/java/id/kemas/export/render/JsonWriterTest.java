package id.kemas.export.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void unorderedMapsAreWrittenWithSortedKeysOrderedOnesAsTheyAre() {
        Map<String, Object> linked = new LinkedHashMap<>();
        linked.put("z", 1);
        linked.put("a", 2);
        assertEquals("{\"a\":1,\"b\":[true,null],\"c\":{\"z\":1,\"a\":2}}",
                JsonWriter.write(Map.of("c", linked, "a", 1, "b", java.util.Arrays.asList(true, null))));
    }

    @Test
    void textCannotCloseTheScriptElement() {
        assertEquals("[\"\\u003c/script\\u003e \\u0026 \\\"q\\\"\"]", JsonWriter.write(List.of("</script> & \"q\"")));
    }
}
