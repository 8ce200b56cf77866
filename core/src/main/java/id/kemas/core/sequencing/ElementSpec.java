package id.kemas.core.sequencing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sequencing element as the schema names it, with its attributes and the record holding every
 * schema default.
 *
 * @param prefix   the usual namespace prefix: imsss, adlseq, adlcp or adlnav
 * @param name     the element's local name
 * @param defaults the element with nothing written on it
 */
public record ElementSpec<R>(String prefix, String name, R defaults, List<Attribute<R>> attributes) {

    public ElementSpec {
        attributes = List.copyOf(attributes);
    }

    public Optional<Attribute<R>> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    public List<String> attributeNames() {
        return attributes.stream().map(Attribute::name).toList();
    }

    /** The attributes of {@code r} that differ from the schema default, with their lexical values, in schema order. */
    public Map<String, String> nonDefault(R r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Attribute<R> a : attributes) {
            Optional<String> v = a.print(r);
            if (v.isPresent() && !v.equals(a.print(defaults))) out.put(a.name(), v.get());
        }
        return out;
    }

    /** {@code prefix:name}. */
    public String qualifiedName() {
        return prefix + ":" + name;
    }
}
