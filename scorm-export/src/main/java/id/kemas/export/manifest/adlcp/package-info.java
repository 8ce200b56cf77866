/** JAXB binding of ADL content packaging extensions ({@code adlcp_v1p3.xsd}). */
@XmlSchema(namespace = Namespaces.ADLCP, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "adlcp", namespaceURI = Namespaces.ADLCP))
@XmlAccessorType(XmlAccessType.FIELD)
package id.kemas.export.manifest.adlcp;

import id.kemas.export.manifest.Namespaces;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
