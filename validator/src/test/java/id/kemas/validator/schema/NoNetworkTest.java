package id.kemas.validator.schema;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compiling the schemas and validating a manifest whose schema locations are all web URLs never
 * opens a connection: a fresh JVM sends every HTTP, HTTPS and SOCKS connection to a local listener
 * that counts them, and the count stays at zero.
 */
class NoNetworkTest {

    @Test
    void schemaCompilationAndValidationTouchNoNetwork() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                while (!trap.isClosed()) {
                    try (Socket s = trap.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            String port = String.valueOf(trap.getLocalPort());
            var result = id.kemas.validator.ChildJvm.run(Probe.class, List.of(
                    "-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=" + port,
                    "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + port,
                    "-DsocksProxyHost=127.0.0.1", "-DsocksProxyPort=" + port,
                    "-Dhttp.nonProxyHosts=", "-Djava.net.useSystemProxies=false"));
            assertEquals(0, result.exitCode(), result.out() + result.err());
            assertEquals("2004:0 12:0\n", result.out());
        }
        assertEquals(0, connections.get(), "connections attempted");
    }

    /** Compiles both schema sets and validates one manifest of each edition. */
    public static final class Probe {
        public static void main(String[] args) throws IOException {
            int a = new ManifestSchemaValidator().validate(stream(ManifestSchemaValidatorTest.VALID), "m.xml").size();
            int b = new ManifestSchemaValidator(SchemaSet.SCORM_12).validate(stream(ManifestSchemaValidatorTest.SCORM12), "m.xml").size();
            System.out.print("2004:" + a + " 12:" + b + "\n");
        }

        private static ByteArrayInputStream stream(String s) {
            return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
