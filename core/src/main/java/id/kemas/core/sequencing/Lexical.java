package id.kemas.core.sequencing;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads and prints values of the XML Schema types the sequencing elements use. */
public final class Lexical {

    private static final Pattern DURATION =
            Pattern.compile("-?P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");
    private static final Pattern DATE_TIME =
            Pattern.compile("-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

    private Lexical() {}

    /** {@code xs:boolean}: true, false, 1 or 0. */
    public static boolean bool(String text, String what) {
        return switch (text.strip()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException(what + " must be true or false, not '" + text + "'");
        };
    }

    /** An {@code xs:decimal} within [min, max]. */
    public static BigDecimal decimal(String text, BigDecimal min, BigDecimal max, String what) {
        BigDecimal d;
        try {
            d = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a decimal number, not '" + text + "'");
        }
        return checkRange(d, min, max, what);
    }

    public static BigDecimal checkRange(BigDecimal d, BigDecimal min, BigDecimal max, String what) {
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " must be between " + print(min) + " and " + print(max)
                    + ", not " + print(d));
        }
        return d;
    }

    /** An {@code xs:nonNegativeInteger} that fits an int. */
    public static int nonNegative(String text, String what) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " must be a whole number of 0 or more, not '" + text + "'");
    }

    public static String duration(String text, String what) {
        if (DURATION.matcher(text.strip()).matches()) return text.strip();
        throw new IllegalArgumentException(what + " must be an xs:duration such as PT1H30M, not '" + text + "'");
    }

    public static String dateTime(String text, String what) {
        if (DATE_TIME.matcher(text.strip()).matches()) return text.strip();
        throw new IllegalArgumentException(what + " must be an xs:dateTime such as 2026-01-31T17:00:00Z, not '" + text + "'");
    }

    /** A non-blank {@code xs:anyURI} (identifiers such as objective IDs). */
    public static String uri(String text, String what) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(what + " must be an identifier without spaces, not '" + text + "'");
        }
        return t;
    }

    /** The one form of a decimal the model keeps, so that equal values make equal records: 0.70 and 0.7 are 0.7. */
    public static BigDecimal canonical(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A decimal without needless trailing zeros: 0.7, 1, 0. */
    public static String print(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
