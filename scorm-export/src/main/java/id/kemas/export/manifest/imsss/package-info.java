/** JAXB binding of IMS Simple Sequencing 1.0 ({@code imsss_v1p0.xsd} and its includes). Attributes left null take the schema's defaults. */
@XmlSchema(namespace = Namespaces.IMSSS, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "imsss", namespaceURI = Namespaces.IMSSS))
@XmlAccessorType(XmlAccessType.FIELD)
package id.kemas.export.manifest.imsss;

import id.kemas.export.manifest.Namespaces;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
