/** JAXB binding of IMS Content Packaging 1.1.4 ({@code imscp_v1p1.xsd}), the frame of every manifest. */
@XmlSchema(namespace = Namespaces.IMSCP, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = Namespaces.IMSCP))
@XmlAccessorType(XmlAccessType.FIELD)
package id.kemas.export.manifest.imscp;

import id.kemas.export.manifest.Namespaces;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
