package id.kemas.validator;

import id.kemas.core.problem.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A user's severity changes, read from a small text file, one message ID per line:
 * <pre>
 * # RES-003 is noise for us; a missing title is fatal
 * RES-003 = off
 * CAM-005 = fatal
 * </pre>
 * The separator may be {@code =}, spaces or a tab. Severities are {@code fatal}, {@code error},
 * {@code warning}, {@code info}, or {@code off} (not reported).
 */
public record SeverityOverrides(Map<String, Severity> severities, Set<String> suppressed) {

    public SeverityOverrides {
        severities = Map.copyOf(severities);
        suppressed = Set.copyOf(suppressed);
    }

    /** Thrown for a line that cannot be understood; the message names file and line. */
    public static final class FormatException extends Exception {
        public FormatException(String message) {
            super(message);
        }
    }

    /** Reads {@code file}, accepting only IDs that {@code known} accepts. */
    public static SeverityOverrides read(Path file, Predicate<String> known) throws IOException, FormatException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8), known);
    }

    static SeverityOverrides parse(String name, List<String> lines, Predicate<String> known) throws FormatException {
        Map<String, Severity> sev = new LinkedHashMap<>();
        Set<String> off = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s*=\\s*|\\s+", 2);
            String where = name + ":" + (i + 1) + ": ";
            if (parts.length != 2) throw new FormatException(where + "expected 'ID = severity', found '" + line + "'");
            String id = parts[0].strip().toUpperCase(Locale.ROOT);
            String word = parts[1].strip().toLowerCase(Locale.ROOT);
            if (!known.test(id)) throw new FormatException(where + "unknown message ID " + id);
            if (word.equals("off")) {
                off.add(id);
                continue;
            }
            try {
                sev.put(id, Severity.valueOf(word.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new FormatException(where + "unknown severity '" + parts[1].strip()
                        + "' (use fatal, error, warning, info or off)");
            }
        }
        return new SeverityOverrides(sev, off);
    }
}
