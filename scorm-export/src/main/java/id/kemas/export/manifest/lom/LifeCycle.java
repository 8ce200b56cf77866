package id.kemas.export.manifest.lom;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/** {@code lom:lifeCycle}: the version and who made the course. */
@XmlType(propOrder = {"version", "contributions"})
public final class LifeCycle {

    @XmlElement private LangString version;
    @XmlElement(name = "contribute") private List<Contribute> contributions;

    private LifeCycle() {}

    public LifeCycle(LangString version, List<Contribute> contributions) {
        this.version = version;
        this.contributions = List.copyOf(contributions);
    }
}
