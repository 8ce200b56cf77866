package id.kemas.export.manifest.lom;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code lom:lom}: the package described in IEEE LOM, inline in the manifest's metadata. */
@XmlType(propOrder = {"general", "lifeCycle", "metaMetadata", "technical"})
public final class Lom {

    @XmlElement private General general;
    @XmlElement private LifeCycle lifeCycle;
    @XmlElement private MetaMetadata metaMetadata;
    @XmlElement private Technical technical;

    private Lom() {}

    public Lom(General general, LifeCycle lifeCycle, MetaMetadata metaMetadata, Technical technical) {
        this.general = general;
        this.lifeCycle = lifeCycle;
        this.metaMetadata = metaMetadata;
        this.technical = technical;
    }
}
