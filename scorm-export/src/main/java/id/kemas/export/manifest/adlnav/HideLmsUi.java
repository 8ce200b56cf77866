package id.kemas.export.manifest.adlnav;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** The LMS navigation controls {@code adlnav:hideLMSUI} can hide. */
@XmlEnum
public enum HideLmsUi {
    @XmlEnumValue("previous") PREVIOUS,
    @XmlEnumValue("continue") CONTINUE,
    @XmlEnumValue("exit") EXIT,
    @XmlEnumValue("exitAll") EXIT_ALL,
    @XmlEnumValue("abandon") ABANDON,
    @XmlEnumValue("abandonAll") ABANDON_ALL,
    @XmlEnumValue("suspendAll") SUSPEND_ALL
}
