package id.kemas.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void aSwapOfTwoLettersIsOneEdit() {
        assertEquals(Optional.of("title"), DidYouMean.closest("titel", List.of("id", "title", "version")));
    }

    @Test
    void farWordsGetNoSuggestion() {
        assertEquals(Optional.empty(), DidYouMean.closest("colour", List.of("id", "title")));
        assertEquals("Allowed here: id, title.", DidYouMean.hint("colour", List.of("title", "id")));
    }
}
