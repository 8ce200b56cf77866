package id.kemas.export.manifest;

import id.kemas.export.manifest.imscp.Manifest;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@code imsmanifest.xml} from the JAXB-bound manifest classes: JAXB marshals, and
 * {@link ManifestPrinter} lays the result out deterministically (JAXB on its own declares every
 * namespace it knows on the root, used or not).
 */
public final class ManifestWriter {

    /** The JAXB context is costly to create and safe to share; it is made once, on first use. */
    private static final class Context {
        static final JAXBContext INSTANCE = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(Manifest.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("the manifest classes are not a valid JAXB binding", e);
            }
        }
    }

    /** Creates the JAXB context now, so that a build can do it while other work goes on. */
    public static void prepare() {
        Context.INSTANCE.getClass();
    }

    /** The manifest as UTF-8 bytes. */
    public byte[] write(Manifest manifest) {
        XmlElement.Collector collector = new XmlElement.Collector();
        try {
            Marshaller marshaller = Context.INSTANCE.createMarshaller();
            marshaller.marshal(manifest, collector);
        } catch (JAXBException e) {
            throw new IllegalStateException("could not marshal the manifest", e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new ManifestPrinter(w).print(collector.root());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
