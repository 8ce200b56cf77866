package id.kemas.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the learner sees that are not the author's (buttons, labels, messages), in the
 * course's language. Indonesian and English are bundled; other languages fall back to English.
 */
public final class UiStrings {

    /**
     * Bundles by primary language, each read once: they are immutable, and a build asks for one
     * per SCO (reading them again took 30 % of the page rendering of a course of 200 SCOs).
     */
    private static final Map<String, UiStrings> BY_LANGUAGE = new ConcurrentHashMap<>();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,9})\\}");

    private final String language;
    private final Map<String, String> strings;

    private UiStrings(String language, Map<String, String> strings) {
        this.language = language;
        this.strings = strings;
    }

    /** The bundle for a BCP 47 tag ("id", "id-ID", "en-GB" ...). */
    public static UiStrings forLanguage(String bcp47) {
        String primary = Locale.forLanguageTag(bcp47 == null ? "" : bcp47).getLanguage();
        // Java maps the ISO 639 code "id" to the legacy "in"; the bundle is named by the modern code.
        return BY_LANGUAGE.computeIfAbsent(primary.equals("in") ? "id" : primary, UiStrings::load);
    }

    private static UiStrings load(String primary) {
        Map<String, String> merged = new TreeMap<>(read("en"));
        Map<String, String> own = primary.equals("en") ? Map.of() : read(primary);
        merged.putAll(own);
        return new UiStrings(own.isEmpty() ? "en" : primary, Collections.unmodifiableMap(merged));
    }

    /** The language the strings are in ("id" or "en"). */
    public String language() {
        return language;
    }

    public String get(String key, Object... args) {
        String s = strings.get(key);
        if (s == null) throw new IllegalArgumentException("no UI string " + key);
        return args.length == 0 ? s : fill(s, args);
    }

    /**
     * {@code {0}}, {@code {1}}... replaced by the arguments as plain text, as the runtime scripts
     * fill the same strings in the browser: numbers without grouping, apostrophes as written, and a
     * placeholder without an argument left as it is ({@link java.text.MessageFormat}, used before,
     * wrote 1200 as "1,200" and would drop an apostrophe), so a page reads the same before and after
     * its script runs.
     */
    static String fill(String pattern, Object... args) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        return m.appendTail(out).toString();
    }

    /** All strings, for handing to the runtime script. */
    public Map<String, String> all() {
        return strings;
    }

    private static Map<String, String> read(String lang) {
        Properties p = new Properties();
        try (InputStream in = UiStrings.class.getResourceAsStream("ui_" + lang + ".properties")) {
            if (in == null) return Map.of();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return m;
    }
}
