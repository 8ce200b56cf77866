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

    @Test
    void placeholdersAreFilledAsTheRuntimeScriptsFillThem() {
        assertEquals("Halaman 3 dari 1200", UiStrings.forLanguage("id").get("page.position", 3, 1200));
        assertEquals("Don't stop at 1234, {1} {x}", UiStrings.fill("Don't stop at {0}, {1} {x}", 1234));
        assertEquals("$1 \\ {0}", UiStrings.fill("{0} {1}", "$1", "\\ {0}"));
    }
}
