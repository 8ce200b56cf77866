package id.kemas.cli;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte counts and durations the way people read and write them. */
final class Sizes {

    /** A positive whole number of bytes, or of KiB, MiB or GiB: "500000", "64K", "32M", "1GiB". */
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,12})\\s*(?:([KMG])(?:I?B)?|B)?");

    private Sizes() {}

    /** The number of bytes {@code text} names, or empty if it names none (or zero, or more than 2^62). */
    static OptionalLong parse(String text) {
        Matcher m = SIZE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) return OptionalLong.empty();
        long n = Long.parseLong(m.group(1));
        int shift = m.group(2) == null ? 0 : switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            default -> 30;
        };
        if (n == 0 || n > (1L << (62 - shift))) return OptionalLong.empty();
        return OptionalLong.of(n << shift);
    }

    static String human(long bytes) {
        if (bytes < 1024) return bytes + " B";
        double v = bytes;
        String[] units = {"KB", "MB", "GB", "TB"};
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }

    static String seconds(java.time.Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }
}
