/** JAXB binding of ADL navigation extensions ({@code adlnav_v1p3.xsd}). */
@XmlSchema(namespace = Namespaces.ADLNAV, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "adlnav", namespaceURI = Namespaces.ADLNAV))
@XmlAccessorType(XmlAccessType.FIELD)
package id.kemas.export.manifest.adlnav;

import id.kemas.export.manifest.Namespaces;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
