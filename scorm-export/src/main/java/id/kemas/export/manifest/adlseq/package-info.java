/** JAXB binding of ADL sequencing extensions ({@code adlseq_v1p3.xsd}). */
@XmlSchema(namespace = Namespaces.ADLSEQ, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "adlseq", namespaceURI = Namespaces.ADLSEQ))
@XmlAccessorType(XmlAccessType.FIELD)
package id.kemas.export.manifest.adlseq;

import id.kemas.export.manifest.Namespaces;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
