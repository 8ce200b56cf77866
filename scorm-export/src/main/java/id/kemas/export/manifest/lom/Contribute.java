package id.kemas.export.manifest.lom;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code lom:contribute}: one person or body in a LOM role, as a vCard. */
@XmlType(propOrder = {"role", "entity"})
public final class Contribute {

    @XmlElement private Vocabulary role;
    @XmlElement private String entity;

    private Contribute() {}

    /**
     * @param role one of the LOMv1.0 contribute roles ({@code author}, {@code publisher} ...)
     * @param name the name that becomes the vCard's formatted name
     */
    public Contribute(String role, String name) {
        this.role = new Vocabulary(role);
        this.entity = VCard.formattedName(name);
    }
}
