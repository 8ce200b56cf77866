package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code imsss:sequencingCollection}: shared sequencing definitions items refer to by {@code IDRef}. */
public final class SequencingCollection {

    @XmlElement(name = "sequencing", required = true)
    private final List<Sequencing> definitions = new ArrayList<>();

    public SequencingCollection add(Sequencing definition) {
        definitions.add(definition);
        return this;
    }

    public List<Sequencing> definitions() {
        return definitions;
    }
}
