package id.kemas.export.manifest.adlseq;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code adlseq:objectives}: score, completion and progress maps of the activity's objectives. */
public final class Objectives {

    @XmlElement(name = "objective", required = true)
    private final List<Objective> objectives = new ArrayList<>();

    public Objectives add(Objective objective) {
        objectives.add(objective);
        return this;
    }
}
