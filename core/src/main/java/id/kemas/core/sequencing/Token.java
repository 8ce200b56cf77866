package id.kemas.core.sequencing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A value of an XML vocabulary (an {@code xs:token} enumeration of the sequencing schemas). */
public interface Token {

    /** The value as the schema spells it. */
    String xml();

    /** The constant spelt {@code text} in the schema, if any (exact, case-sensitive: XML is). */
    static <E extends Enum<E> & Token> Optional<E> parse(Class<E> type, String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.xml().equals(t)).findFirst();
    }

    /** Like {@link #parse} but throws, naming what is allowed. */
    static <E extends Enum<E> & Token> E require(Class<E> type, String text, String what) {
        return parse(type, text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a valid " + what + " (allowed: " + String.join(", ", spellings(type)) + ")"));
    }

    /** Every spelling, in schema order. */
    static <E extends Enum<E> & Token> List<String> spellings(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Token::xml).toList();
    }
}
