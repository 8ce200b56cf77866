/** JAXB binding of the IEEE LOM XML binding ({@code lom.xsd}), the parts a package describes itself with. */
@XmlSchema(namespace = Namespaces.LOM, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "lom", namespaceURI = Namespaces.LOM))
@XmlAccessorType(XmlAccessType.FIELD)
package id.kemas.export.manifest.lom;

import id.kemas.export.manifest.Namespaces;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
