package id.kemas.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local web server on 127.0.0.1: the test LMS page under /harness/, scorm-again and axe-core
 * under /node_modules/, and built SCO folders under /sco/NAME/.
 */
public final class TestServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("vtt", "text/vtt; charset=utf-8"), Map.entry("wav", "audio/wav"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("mp4", "video/mp4"), Map.entry("pdf", "application/pdf"), Map.entry("json", "application/json"),
            Map.entry("woff2", "font/woff2"));

    private final HttpServer server;
    private final Map<String, Path> scoFolders = new ConcurrentHashMap<>();

    TestServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves {@code folder} at /sco/NAME/; returns that URL. */
    public String serve(String name, Path folder) {
        scoFolders.put(name, folder);
        return base() + "/sco/" + name + "/";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().toString()).getPath();
            byte[] body = find(path);
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            String ext = path.substring(path.lastIndexOf('.') + 1);
            ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private byte[] find(String path) throws IOException {
        if (path.startsWith("/harness/")) {
            try (InputStream in = TestServer.class.getResourceAsStream("/harness/" + path.substring(9))) {
                return in == null ? null : in.readAllBytes();
            }
        }
        if (path.startsWith("/node_modules/")) return file(Prerequisites.nodeModules(), path.substring(14));
        if (path.startsWith("/sco/")) {
            int slash = path.indexOf('/', 5);
            if (slash < 0) return null;
            Path root = scoFolders.get(path.substring(5, slash));
            return root == null ? null : file(root, path.substring(slash + 1));
        }
        return null;
    }

    private static byte[] file(Path root, String relative) throws IOException {
        Path f = root.resolve(relative).normalize();
        if (!f.startsWith(root.normalize()) || !Files.isRegularFile(f)) return null;
        return Files.readAllBytes(f);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
