package id.kemas.validator.manifest;

import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

import javax.xml.XMLConstants;
import java.util.Set;

/**
 * An {@link XMLReader} whose protections cannot be switched off by code it is handed to (such as a
 * schema validator): entities always resolve through the guard, the DOCTYPE guard stays the lexical
 * handler, and features that would load external content cannot be turned on.
 */
final class GuardedReader extends XMLFilterImpl {

    private static final Set<String> UNSAFE_WHEN_ON = Set.of(
            "http://xml.org/sax/features/external-general-entities",
            "http://xml.org/sax/features/external-parameter-entities",
            "http://apache.org/xml/features/nonvalidating/load-external-dtd",
            "http://xml.org/sax/features/validation");

    private final SecureXml.DoctypeGuard guard;

    GuardedReader(XMLReader parent, SecureXml.DoctypeGuard guard) {
        super(parent);
        this.guard = guard;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        guard.setDocumentLocator(locator);
        super.setDocumentLocator(locator);
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
        return guard.resolveEntity(publicId, systemId);
    }

    @Override
    public void setEntityResolver(EntityResolver resolver) {
        // entities always go through the guard
    }

    @Override
    public EntityResolver getEntityResolver() {
        return guard;
    }

    @Override
    public void setDTDHandler(DTDHandler handler) {
        // DTD events never pass the guard
    }

    @Override
    public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
        if (name.equals("http://xml.org/sax/properties/lexical-handler")) return;
        super.setProperty(name, value);
    }

    @Override
    public void setFeature(String name, boolean value) throws SAXNotRecognizedException, SAXNotSupportedException {
        if (value && UNSAFE_WHEN_ON.contains(name)) return;
        if (!value && name.equals(XMLConstants.FEATURE_SECURE_PROCESSING)) return;
        super.setFeature(name, value);
    }
}
