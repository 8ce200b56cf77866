package id.kemas.export.manifest.imsss;

import jakarta.xml.bind.annotation.XmlAttribute;

/**
 * {@code imsss:limitConditions}. SCORM 2004 requires LMSs to honour only the attempt limit and the
 * attempt's absolute duration; the CTS warns about the others, which are bound so that a
 * sequencing definition can be written in full.
 */
public final class LimitConditions {

    @XmlAttribute private Integer attemptLimit;

    /** An {@code xs:duration}, for example {@code PT30M}. */
    @XmlAttribute private String attemptAbsoluteDurationLimit;

    @XmlAttribute private String attemptExperiencedDurationLimit;
    @XmlAttribute private String activityAbsoluteDurationLimit;
    @XmlAttribute private String activityExperiencedDurationLimit;

    /** An {@code xs:dateTime}. */
    @XmlAttribute private String beginTimeLimit;
    @XmlAttribute private String endTimeLimit;

    public LimitConditions attemptLimit(Integer v) { this.attemptLimit = v; return this; }
    public LimitConditions attemptAbsoluteDurationLimit(String v) { this.attemptAbsoluteDurationLimit = v; return this; }
    public LimitConditions attemptExperiencedDurationLimit(String v) { this.attemptExperiencedDurationLimit = v; return this; }
    public LimitConditions activityAbsoluteDurationLimit(String v) { this.activityAbsoluteDurationLimit = v; return this; }
    public LimitConditions activityExperiencedDurationLimit(String v) { this.activityExperiencedDurationLimit = v; return this; }
    public LimitConditions beginTimeLimit(String v) { this.beginTimeLimit = v; return this; }
    public LimitConditions endTimeLimit(String v) { this.endTimeLimit = v; return this; }
}
