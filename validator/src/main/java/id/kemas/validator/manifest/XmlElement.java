package id.kemas.validator.manifest;

import id.kemas.core.problem.Location;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One element of a parsed manifest, with where its start tag ends in the file. A small read-only
 * tree: rules walk it with plain code, which keeps every rule's location exact.
 */
public final class XmlElement {

    /** One attribute; {@code namespace} is empty for unqualified attributes. */
    public record Attribute(String namespace, String localName, String qName, String value) {
    }

    private final String namespace;
    private final String localName;
    private final String qName;
    private final List<Attribute> attributes;
    private final Location location;
    private final XmlElement parent;
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlElement(XmlElement parent, String namespace, String localName, String qName, List<Attribute> attributes,
               Location location) {
        this.parent = parent;
        this.namespace = namespace == null ? "" : namespace;
        this.localName = localName;
        this.qName = qName;
        this.attributes = List.copyOf(attributes);
        this.location = location;
        if (parent != null) parent.children.add(this);
    }

    public String namespace() {
        return namespace;
    }

    public String localName() {
        return localName;
    }

    /** The name as written in the file, with its prefix. */
    public String qName() {
        return qName;
    }

    /** The name as people know it, e.g. {@code imsss:sequencing} whatever prefix the file uses. */
    public String displayName() {
        return Namespaces.display(namespace, localName);
    }

    public boolean is(String ns, String local) {
        return namespace.equals(ns) && localName.equals(local);
    }

    public Location location() {
        return location;
    }

    public Optional<XmlElement> parent() {
        return Optional.ofNullable(parent);
    }

    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    public List<XmlElement> children(String ns, String local) {
        return children.stream().filter(c -> c.is(ns, local)).toList();
    }

    public Optional<XmlElement> child(String ns, String local) {
        return children.stream().filter(c -> c.is(ns, local)).findFirst();
    }

    /** This element and every element below it, in document order. */
    public Stream<XmlElement> descendantsAndSelf() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(XmlElement::descendantsAndSelf));
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    /** An unqualified attribute's value, as written. */
    public Optional<String> attr(String local) {
        return attr("", local);
    }

    public Optional<String> attr(String ns, String local) {
        for (Attribute a : attributes) {
            if (a.localName().equals(local) && a.namespace().equals(ns)) return Optional.of(a.value());
        }
        return Optional.empty();
    }

    public boolean has(String ns, String local) {
        return attr(ns, local).isPresent();
    }

    /** The character content directly inside this element, as written. */
    public String text() {
        return text.toString();
    }

    void appendText(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public String toString() {
        return "<" + qName + "> at " + location;
    }
}
