package id.kemas.export.manifest.adlcp;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** {@code adlcp:timeLimitAction}: what the SCO does when the learner runs out of time. */
@XmlEnum
public enum TimeLimitAction {
    @XmlEnumValue("exit,message") EXIT_MESSAGE,
    @XmlEnumValue("exit,no message") EXIT_NO_MESSAGE,
    @XmlEnumValue("continue,message") CONTINUE_MESSAGE,
    @XmlEnumValue("continue,no message") CONTINUE_NO_MESSAGE
}
