/**
 * JAXB binding of a SCORM 1.2 manifest: IMS Content Packaging 1.1.2 ({@code imscp_rootv1p1p2.xsd}),
 * the ADL extensions of 1.2 ({@code adlcp_rootv1p2.xsd}) and IMS metadata 1.2.1
 * ({@code imsmd_rootv1p2p1.xsd}). Only what kemas writes is bound.
 */
@XmlSchema(namespace = Namespaces12.IMSCP, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = {@XmlNs(prefix = "", namespaceURI = Namespaces12.IMSCP),
                @XmlNs(prefix = "adlcp", namespaceURI = Namespaces12.ADLCP),
                @XmlNs(prefix = "imsmd", namespaceURI = Namespaces12.IMSMD)})
@XmlAccessorType(XmlAccessType.FIELD)
package id.kemas.export.manifest12;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
