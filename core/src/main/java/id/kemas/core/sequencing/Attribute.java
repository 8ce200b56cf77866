package id.kemas.core.sequencing;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One XML attribute of a sequencing element, bound to the record that models the element: its
 * schema name, how to print its value from a record and how to set it from text. The element specs
 * built from these drive reading (course.yaml, manifests), writing only non-default values, and the
 * test that checks every default against the XSDs.
 *
 * @param <R> the record that models the element
 */
public final class Attribute<R> {

    private final String name;
    private final Function<R, Optional<String>> printer;
    private final BiFunction<R, String, R> reader;

    Attribute(String name, Function<R, Optional<String>> printer, BiFunction<R, String, R> reader) {
        this.name = name;
        this.printer = printer;
        this.reader = reader;
    }

    public String name() {
        return name;
    }

    /** The lexical value in {@code r}; empty when the attribute has no value (optional, no default). */
    public Optional<String> print(R r) {
        return printer.apply(r);
    }

    /**
     * {@code r} with this attribute set from {@code text}.
     *
     * @throws IllegalArgumentException when the text is not a value of the attribute's type
     */
    public R read(R r, String text) {
        return reader.apply(r, text);
    }

    static <R> Attribute<R> bool(String name, Predicate<R> get, BiFunction<R, Boolean, R> with) {
        return new Attribute<>(name, r -> Optional.of(Boolean.toString(get.test(r))),
                (r, t) -> with.apply(r, Lexical.bool(t, name)));
    }

    static <R, E extends Enum<E> & Token> Attribute<R> token(String name, Class<E> type, Function<R, E> get,
                                                             BiFunction<R, E, R> with) {
        return new Attribute<>(name, r -> Optional.of(get.apply(r).xml()),
                (r, t) -> with.apply(r, Token.require(type, t, name)));
    }

    static <R> Attribute<R> decimal(String name, BigDecimal min, BigDecimal max, Function<R, BigDecimal> get,
                                    BiFunction<R, BigDecimal, R> with) {
        return new Attribute<>(name, r -> Optional.of(Lexical.print(get.apply(r))),
                (r, t) -> with.apply(r, Lexical.decimal(t, min, max, name)));
    }

    static <R> Attribute<R> count(String name, Function<R, Integer> get, BiFunction<R, Integer, R> with) {
        return new Attribute<>(name, r -> Optional.of(Integer.toString(get.apply(r))),
                (r, t) -> with.apply(r, Lexical.nonNegative(t, name)));
    }

    static <R> Attribute<R> optionalCount(String name, Function<R, OptionalInt> get,
                                          BiFunction<R, OptionalInt, R> with) {
        return new Attribute<>(name, r -> {
            OptionalInt v = get.apply(r);
            return v.isPresent() ? Optional.of(Integer.toString(v.getAsInt())) : Optional.empty();
        }, (r, t) -> with.apply(r, OptionalInt.of(Lexical.nonNegative(t, name))));
    }

    static <R> Attribute<R> optionalText(String name, Function<R, Optional<String>> get,
                                         BiFunction<R, Optional<String>, R> with, UnaryOperator<String> check) {
        return new Attribute<>(name, get, (r, t) -> with.apply(r, Optional.of(check.apply(t))));
    }

    static <R> Attribute<R> text(String name, Function<R, String> get, BiFunction<R, String, R> with,
                                 UnaryOperator<String> check) {
        return new Attribute<>(name, r -> Optional.of(get.apply(r)), (r, t) -> with.apply(r, check.apply(t)));
    }

    @Override
    public String toString() {
        return name;
    }
}
