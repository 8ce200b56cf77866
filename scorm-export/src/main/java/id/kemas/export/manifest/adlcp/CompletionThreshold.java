package id.kemas.export.manifest.adlcp;

import jakarta.xml.bind.annotation.XmlAttribute;
import java.math.BigDecimal;

/**
 * {@code adlcp:completionThreshold} in its 4th Edition form (attributes only). LMSs such as Moodle
 * derive completion from it whenever it is present, so it is written only when asked for.
 */
public final class CompletionThreshold {

    @XmlAttribute
    private Boolean completedByMeasure;

    @XmlAttribute
    private BigDecimal minProgressMeasure;

    @XmlAttribute
    private BigDecimal progressWeight;

    public CompletionThreshold completedByMeasure(Boolean value) {
        this.completedByMeasure = value;
        return this;
    }

    public CompletionThreshold minProgressMeasure(BigDecimal value) {
        this.minProgressMeasure = value;
        return this;
    }

    public CompletionThreshold progressWeight(BigDecimal value) {
        this.progressWeight = value;
        return this;
    }
}
