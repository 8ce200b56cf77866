package id.kemas.export.manifest.adlseq;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code adlseq:constrainedChoiceConsiderations}. */
public final class ConstrainedChoiceConsiderations {

    @XmlAttribute
    private Boolean preventActivation;

    @XmlAttribute
    private Boolean constrainChoice;

    public ConstrainedChoiceConsiderations preventActivation(Boolean value) {
        this.preventActivation = value;
        return this;
    }

    public ConstrainedChoiceConsiderations constrainChoice(Boolean value) {
        this.constrainChoice = value;
        return this;
    }
}
