package id.kemas.validator.schema;

import id.kemas.core.problem.Location;
import id.kemas.validator.Finding;
import id.kemas.validator.Messages;
import id.kemas.validator.manifest.Namespaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the XML Schema validator's errors into problems with their own {@code XSD-} IDs and plain
 * words. The validator's English message is parsed for its quoted arguments; a value error is
 * merged with the follow-up error that names its attribute or element.
 */
final class XsdMessages {

    /** One schema error as the validator gave it, with the elements open at the time. */
    record Raw(String key, List<String> args, String text, Location where, String element, String parent) {
        String arg(int i) {
            return i < args.size() ? args.get(i) : "";
        }
    }

    /** Errors about a value; the validator follows each with one naming the attribute or element. */
    static final Set<String> VALUE_KEYS = Set.of("cvc-enumeration-valid", "cvc-pattern-valid",
            "cvc-datatype-valid.1.2.1", "cvc-datatype-valid.1.2.2", "cvc-datatype-valid.1.2.3",
            "cvc-minInclusive-valid", "cvc-maxInclusive-valid", "cvc-minExclusive-valid", "cvc-maxExclusive-valid",
            "cvc-length-valid", "cvc-minLength-valid", "cvc-maxLength-valid",
            "cvc-totalDigits-valid", "cvc-fractionDigits-valid", "cvc-id.2");

    /** The follow-up errors that name what a value error was about. */
    static final Set<String> SUBJECT_KEYS = Set.of("cvc-attribute.3", "cvc-type.3.1.3", "cvc-complex-type.2.2");

    private static final Pattern KEY = Pattern.compile("^(cvc-[A-Za-z.\\-0-9]+|[A-Za-z]+):\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'(.*?)'(?=[\\s.,;:)\\]]|$)");
    private static final Pattern IDENTITY = Pattern.compile("\\[(.*?)]\\s+declared for identity constraint \"(.*?)\" of element \"(.*?)\"");
    private static final Pattern QNAME = Pattern.compile("\"([^\"]+)\":([\\w.\\-]+)");
    private static final Pattern DIGITS = Pattern.compile("has (\\d+) (?:total|fraction) digits, but .* limited to (\\d+)");

    private static final Map<String, String> TYPE_WORDS = Map.ofEntries(
            Map.entry("boolean", "boolean (true or false)"),
            Map.entry("decimal", "decimal number"),
            Map.entry("integer", "whole number"),
            Map.entry("nonNegativeInteger", "whole number of 0 or more"),
            Map.entry("positiveInteger", "whole number of 1 or more"),
            Map.entry("NCName", "XML name (letters, digits, '-', '_' and '.', not starting with a digit, no spaces)"),
            Map.entry("ID", "XML name (letters, digits, '-', '_' and '.', not starting with a digit, no spaces)"),
            Map.entry("IDREF", "reference to an identifier"),
            Map.entry("anyURI", "URI"),
            Map.entry("duration", "duration such as PT1H30M"),
            Map.entry("dateTime", "date and time such as 2025-01-31T12:00:00"),
            Map.entry("language", "language code such as en or id-ID"));

    private XsdMessages() {
    }

    static Raw parse(String message, Location where, String element, String parent) {
        String text = message == null ? "" : message.strip();
        Matcher m = KEY.matcher(text);
        String key = m.matches() ? m.group(1) : "";
        String body = m.matches() ? m.group(2) : text;
        List<String> args = new ArrayList<>();
        Matcher q = QUOTED.matcher(body);
        while (q.find()) args.add(names(q.group(1)).replaceAll("^\\{(.*)}$", "$1"));
        Matcher id = IDENTITY.matcher(body);
        if (id.find()) {
            args.clear();
            args.add(id.group(1));
            args.add(names(id.group(3)));
            args.add(id.group(2));
        }
        Matcher d = DIGITS.matcher(body);
        if (d.find()) {
            args.add(d.group(1));
            args.add(d.group(2));
        }
        return new Raw(key, args, text, where, element, parent);
    }

    /** A value error, named by its follow-up error. */
    static Finding merged(Raw value, Raw subject) {
        return valueFinding(value, subject(subject), value.text() + " / " + subject.text());
    }

    /**
     * What a follow-up error is about. Arguments are numbered in the order they appear in the
     * English message: {@code cvc-attribute.3} reads value, attribute, element, type;
     * {@code cvc-type.3.1.3} reads value, element; {@code cvc-complex-type.2.2} reads element.
     */
    private static String subject(Raw r) {
        return switch (r.key()) {
            case "cvc-attribute.3" -> "Attribute " + r.arg(1) + " on <" + r.arg(2) + ">";
            case "cvc-type.3.1.3" -> "<" + r.arg(1) + ">";
            default -> "<" + r.arg(0) + ">";
        };
    }

    /** A single error. Argument numbers follow the order of appearance in the English message. */
    static Finding single(Raw r) {
        if (VALUE_KEYS.contains(r.key())) {
            return valueFinding(r, r.element().isEmpty() ? "A value" : "A value in <" + r.element() + ">", r.text());
        }
        String k = r.key();
        switch (k) {
            case "cvc-complex-type.2.4.a": return f("XSD-001", r, r.arg(0), parentOf(r), expected(r.arg(1)));
            case "cvc-complex-type.2.4.b": return f("XSD-002", r, r.arg(0), expected(r.arg(1)));
            case "cvc-complex-type.2.4.c": return f("XSD-003", r, r.arg(0), parentOf(r));
            case "cvc-complex-type.2.4.d": return f("XSD-004", r, r.arg(0), parentOf(r));
            // e: element, max, expected list; f: element, max
            case "cvc-complex-type.2.4.e", "cvc-complex-type.2.4.f": return f("XSD-005", r, r.arg(0), parentOf(r), r.arg(1));
            // g, h: starting element, expected element, minimum; i, j: incomplete element, expected element, minimum
            case "cvc-complex-type.2.4.g", "cvc-complex-type.2.4.h":
                return f("XSD-006", r, parentOf(r), r.arg(1), r.arg(2));
            case "cvc-complex-type.2.4.i", "cvc-complex-type.2.4.j":
                return f("XSD-006", r, "<" + r.arg(0) + ">", r.arg(1), r.arg(2));
            case "cvc-complex-type.2.1", "cvc-elt.5.2.2.1", "cvc-elt.3.2.1": return f("XSD-007", r, r.arg(0));
            case "cvc-complex-type.2.2", "cvc-type.3.1.2": return f("XSD-008", r, r.arg(0));
            case "cvc-complex-type.2.3": return f("XSD-009", r, r.arg(0));
            // value, attribute, element, attribute, fixed value
            case "cvc-complex-type.3.1": return f("XSD-010", r, r.arg(1), r.arg(2), r.arg(0), r.arg(4));
            // value, attribute, element, fixed value
            case "cvc-attribute.4": return f("XSD-010", r, r.arg(1), r.arg(2), r.arg(0), r.arg(3));
            // element, attribute
            case "cvc-complex-type.3.2.1": return f("XSD-011", r, r.arg(1), r.arg(0));
            // attribute, element
            case "cvc-complex-type.3.2.2": return f("XSD-011", r, r.arg(0), r.arg(1));
            // attribute, element; or attribute, namespace, element
            case "cvc-complex-type.4": return f("XSD-012", r, r.arg(0), r.args().size() > 2 ? r.arg(2) : r.arg(1));
            case "cvc-id.1": return f("XSD-019", r, r.arg(0));
            case "cvc-identity-constraint.4.1", "cvc-identity-constraint.4.2.2":
                return f("XSD-021", r, r.arg(0), r.arg(1), r.arg(2));
            // key, value, element
            case "cvc-identity-constraint.4.3": return f("XSD-022", r, r.arg(1), r.arg(2));
            case "cvc-elt.1.a", "cvc-elt.1", "cvc-elt.1.b": return f("XSD-024", r, r.arg(0));
            case "cvc-elt.2", "cvc-type.2", "cvc-type.1": return f("XSD-025", r, r.element());
            // element, type
            case "cvc-elt.4.2", "cvc-elt.4.3": return f("XSD-027", r, r.element(), r.arg(0));
            // value, attribute, element
            case "cvc-elt.4.1": return f("XSD-027", r, r.element(), r.arg(0));
            // value, element, fixed value
            case "cvc-elt.5.2.2.2.1", "cvc-elt.5.2.2.2.2": return f("XSD-028", r, r.arg(1), r.arg(0), r.arg(2));
            case "cvc-type.3.1.1": return f("XSD-029", r, r.arg(0));
            case "cvc-attribute.3", "cvc-type.3.1.3": return f("XSD-031", r, subject(r), r.arg(0));
            default: break;
        }
        if (k.startsWith("cvc-identity-constraint") || k.equals("cvc-id.3")) return f("XSD-023", r, r.element());
        if (k.startsWith("cvc-elt.3")) return f("XSD-026", r, r.element());
        if (k.startsWith("cvc-elt.5")) return f("XSD-028", r, r.element(), r.arg(0), r.arg(r.args().size() - 1));
        if (k.startsWith("cvc-complex-type.5")) return f("XSD-030", r, r.arg(0));
        return f("XSD-099", r, k.isEmpty() ? "(unnamed)" : k, r.text());
    }

    private static Finding valueFinding(Raw v, String what, String detail) {
        String value = shorten(v.arg(0));
        String k = v.key();
        String id;
        Object[] args;
        switch (k) {
            case "cvc-enumeration-valid" -> {
                id = "XSD-013";
                args = new Object[] {what, value, v.arg(1).replaceAll("^\\[|]$", "")};
            }
            case "cvc-pattern-valid" -> {
                id = "XSD-014";
                args = new Object[] {what, value, v.arg(1)};
            }
            case "cvc-minInclusive-valid" -> {
                id = "XSD-016";
                args = new Object[] {what, value, "at least " + v.arg(1)};
            }
            case "cvc-maxInclusive-valid" -> {
                id = "XSD-016";
                args = new Object[] {what, value, "at most " + v.arg(1)};
            }
            case "cvc-minExclusive-valid" -> {
                id = "XSD-016";
                args = new Object[] {what, value, "more than " + v.arg(1)};
            }
            case "cvc-maxExclusive-valid" -> {
                id = "XSD-016";
                args = new Object[] {what, value, "less than " + v.arg(1)};
            }
            case "cvc-length-valid", "cvc-minLength-valid", "cvc-maxLength-valid" -> {
                id = "XSD-017";
                String bound = (k.startsWith("cvc-min") ? "at least " : k.startsWith("cvc-max") ? "at most " : "exactly ")
                        + v.arg(2);
                args = new Object[] {what, v.arg(1), bound};
            }
            case "cvc-totalDigits-valid", "cvc-fractionDigits-valid" -> {
                id = "XSD-018";
                args = new Object[] {what, value, v.arg(v.args().size() - 1),
                        k.startsWith("cvc-total") ? "digits" : "digits after the decimal point"};
            }
            case "cvc-id.2" -> {
                id = "XSD-020";
                args = new Object[] {what, value};
            }
            default -> {
                id = "XSD-015";
                args = new Object[] {what, value, typeWords(v.arg(1))};
            }
        }
        return new Finding(Messages.catalog().problem(id, v.where(), args), detail);
    }

    private static Finding f(String id, Raw r, Object... args) {
        return new Finding(Messages.catalog().problem(id, r.where(), args), r.text());
    }

    private static String parentOf(Raw r) {
        return r.parent().isEmpty() ? "its parent" : "<" + r.parent() + ">";
    }

    /** {@code {"ns":a, "ns":b, WC[##other:"ns"]}} as {@code <a> or <b> or an element of another namespace}. */
    static String expected(String list) {
        String inner = list.replaceAll("^\\{|}$", "").strip();
        if (inner.isEmpty()) return "nothing more";
        List<String> parts = new ArrayList<>();
        for (String p : inner.split(",\\s*")) {
            p = p.strip();
            if (p.startsWith("WC[")) parts.add("an element of another namespace");
            else parts.add("<" + p + ">");
        }
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    /** Rewrites {@code "namespace":local} names as people know them ({@code imsss:objective}). */
    static String names(String s) {
        Matcher m = QNAME.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(Namespaces.display(m.group(1), m.group(2))));
        m.appendTail(b);
        return b.toString();
    }

    private static String typeWords(String type) {
        return TYPE_WORDS.getOrDefault(type, type.startsWith("#AnonType") ? "value of the allowed form" : type);
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
