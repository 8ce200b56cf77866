package id.kemas.core.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table of messages read from a properties resource, one message per ID:
 * <pre>
 * KMS-001.severity=error
 * KMS-001.text=Unknown key ''{0}''.
 * KMS-001.hint=Did you mean ''{1}''?
 * </pre>
 * Texts and hints are {@link MessageFormat} patterns. Severities may be overridden per ID
 * (for example from a user's file) without touching the catalogue.
 */
public final class MessageCatalog {

    private final String name;
    private final Map<String, Severity> severities;
    private final Properties texts;

    private MessageCatalog(String name, Map<String, Severity> severities, Properties texts) {
        this.name = name;
        this.severities = severities;
        this.texts = texts;
    }

    /** Loads {@code resource} (UTF-8) with the class loader of {@code anchor}. */
    public static MessageCatalog load(Class<?> anchor, String resource) {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("message catalogue not found: " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Severity> sev = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (key.endsWith(".severity")) {
                String id = key.substring(0, key.length() - ".severity".length());
                sev.put(id, Severity.valueOf(p.getProperty(key).trim().toUpperCase(Locale.ROOT)));
            }
        }
        return new MessageCatalog(resource, sev, p);
    }

    /** A copy of this catalogue in which the given IDs have other severities. */
    public MessageCatalog withSeverities(Map<String, Severity> overrides) {
        Map<String, Severity> sev = new LinkedHashMap<>(severities);
        for (var e : overrides.entrySet()) {
            if (!sev.containsKey(e.getKey())) throw new IllegalArgumentException("unknown message ID " + e.getKey());
            sev.put(e.getKey(), e.getValue());
        }
        return new MessageCatalog(name, sev, texts);
    }

    public Set<String> ids() {
        return Collections.unmodifiableSet(severities.keySet());
    }

    public boolean has(String id) {
        return severities.containsKey(id);
    }

    public Severity severity(String id) {
        Severity s = severities.get(id);
        if (s == null) throw new IllegalArgumentException("no message " + id + " in " + name);
        return s;
    }

    public String text(String id, Object... args) {
        return format(texts.getProperty(id + ".text", id), args);
    }

    public String hint(String id, Object... args) {
        return format(texts.getProperty(id + ".hint", ""), args);
    }

    /** A problem with this catalogue's severity, text and hint for {@code id}. */
    public Problem problem(String id, Location where, Object... args) {
        return new Problem(id, severity(id), where, text(id, args), hint(id, args));
    }

    private static String format(String pattern, Object... args) {
        return args.length == 0 && !pattern.contains("''") ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
