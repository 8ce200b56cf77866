package id.kemas.export.manifest.imsss;

import id.kemas.export.manifest.Namespaces;
import id.kemas.export.manifest.adlseq.ConstrainedChoiceConsiderations;
import id.kemas.export.manifest.adlseq.RollupConsiderations;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code imsss:sequencing}: the sequencing of one activity (on an item or the organization), or a
 * shared definition in the sequencing collection (then with {@code ID}). Children are written in
 * the order {@code sequencingType} requires; ADL extensions come last, in its {@code ##other} slot.
 */
@XmlType(propOrder = {"controlMode", "sequencingRules", "limitConditions", "auxiliaryResources", "rollupRules", "objectives",
        "randomizationControls", "deliveryControls", "constrainedChoiceConsiderations", "rollupConsiderations",
        "adlObjectives"})
public final class Sequencing {

    @XmlAttribute(name = "ID")
    private String id;

    @XmlAttribute(name = "IDRef")
    private String idRef;

    @XmlElement private ControlMode controlMode;
    @XmlElement private SequencingRules sequencingRules;
    @XmlElement private LimitConditions limitConditions;
    @XmlElement private AuxiliaryResources auxiliaryResources;
    @XmlElement private RollupRules rollupRules;
    @XmlElement private Objectives objectives;
    @XmlElement private RandomizationControls randomizationControls;
    @XmlElement private DeliveryControls deliveryControls;

    @XmlElement(namespace = Namespaces.ADLSEQ)
    private ConstrainedChoiceConsiderations constrainedChoiceConsiderations;

    @XmlElement(namespace = Namespaces.ADLSEQ)
    private RollupConsiderations rollupConsiderations;

    @XmlElement(name = "objectives", namespace = Namespaces.ADLSEQ)
    private id.kemas.export.manifest.adlseq.Objectives adlObjectives;

    /** {@code ID}: only on a definition inside the sequencing collection. */
    public Sequencing id(String id) { this.id = id; return this; }

    /** {@code IDRef}: use the collection's definition with this ID as the base. */
    public Sequencing idRef(String idRef) { this.idRef = idRef; return this; }

    public Sequencing controlMode(ControlMode v) { this.controlMode = v; return this; }
    public Sequencing sequencingRules(SequencingRules v) { this.sequencingRules = v; return this; }
    public Sequencing limitConditions(LimitConditions v) { this.limitConditions = v; return this; }
    public Sequencing auxiliaryResources(AuxiliaryResources v) { this.auxiliaryResources = v; return this; }
    public Sequencing rollupRules(RollupRules v) { this.rollupRules = v; return this; }
    public Sequencing objectives(Objectives v) { this.objectives = v; return this; }
    public Sequencing randomizationControls(RandomizationControls v) { this.randomizationControls = v; return this; }
    public Sequencing deliveryControls(DeliveryControls v) { this.deliveryControls = v; return this; }

    public Sequencing constrainedChoiceConsiderations(ConstrainedChoiceConsiderations v) {
        this.constrainedChoiceConsiderations = v;
        return this;
    }

    public Sequencing rollupConsiderations(RollupConsiderations v) {
        this.rollupConsiderations = v;
        return this;
    }

    /** {@code adlseq:objectives}. */
    public Sequencing adlObjectives(id.kemas.export.manifest.adlseq.Objectives v) {
        this.adlObjectives = v;
        return this;
    }
}
