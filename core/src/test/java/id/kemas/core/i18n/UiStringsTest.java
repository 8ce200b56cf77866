package id.kemas.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class UiStringsTest {

    @Test
    void aTagGivesTheBundleOfItsPrimaryLanguageReadOnce() {
        UiStrings id = UiStrings.forLanguage("id");
        assertEquals("id", id.language());
        assertSame(id, UiStrings.forLanguage("id-ID"));
        assertSame(id, UiStrings.forLanguage("in"), "Java's legacy code for Indonesian");
        assertEquals("en", UiStrings.forLanguage("en-GB").language());
        assertNotEquals(UiStrings.forLanguage("en").get("link.download"), id.get("link.download"));
    }

    @Test
    void aLanguageWithoutABundleAndNoLanguageFallBackToEnglish() {
        UiStrings english = UiStrings.forLanguage("en");
        for (String tag : new String[] {"fr", "", null}) {
            UiStrings s = UiStrings.forLanguage(tag);
            assertEquals("en", s.language(), String.valueOf(tag));
            assertEquals(english.all(), s.all(), String.valueOf(tag));
        }
    }
}
