package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code imsss:objectives}: the primary objective (required) and any others. */
@XmlType(propOrder = {"primary", "others"})
public final class Objectives {

    @XmlElement(name = "primaryObjective", required = true)
    private Objective primary;

    @XmlElement(name = "objective")
    private final List<Objective> others = new ArrayList<>();

    private Objectives() {}

    public Objectives(Objective primary) {
        this.primary = primary;
    }

    /** Another objective; it needs an objective ID. */
    public Objectives add(Objective objective) {
        others.add(objective);
        return this;
    }
}
