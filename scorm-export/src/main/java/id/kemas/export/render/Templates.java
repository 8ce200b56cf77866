package id.kemas.export.render;

import id.kemas.core.problem.Location;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * The page templates: a template named {@code page.vm} comes from the course's {@code theme/page.vm}
 * when there is one, else from the built-in set. Theme templates can only reach what the context
 * gives them (no reflection, no class loading).
 */
final class Templates {

    static final String BUILT_IN = "/id/kemas/export/templates/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+\\.vm");

    private final VelocityEngine engine = new VelocityEngine();
    private final Optional<Path> themeDir;
    private volatile boolean started;

    /** A template that could not be read or rendered, with where the fault is. */
    static final class TemplateException extends Exception {
        private final Location location;

        TemplateException(Location location, String message) {
            super(message);
            this.location = location;
        }

        Location location() {
            return location;
        }
    }

    Templates(Optional<Path> themeDir) {
        this.themeDir = themeDir.filter(Files::isDirectory);
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "kemas");
        engine.setProperty("resource.loader.kemas.instance", new ThemeLoader());
        engine.setProperty("resource.loader.kemas.cache", "true");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
    }

    /**
     * The engine, started on first use: a renderer that is made but renders nothing (the default
     * one of a build that then chooses another, or the one a course-shell page keeps for its shared
     * files) costs nothing. Starting an engine took 5-8 ms of the build's main thread even when the
     * classes were loaded.
     */
    private VelocityEngine engine() {
        if (!started) {
            synchronized (this) {
                if (!started) {
                    engine.init();
                    started = true;
                }
            }
        }
        return engine;
    }

    String render(String name, Map<String, Object> context) throws TemplateException {
        StringWriter out = new StringWriter();
        merge(name, context, out);
        return out.toString();
    }

    /**
     * The page as UTF-8 bytes, encoded while it is written: a whole course in one page can be many
     * megabytes, which as a string being built would take twice or four times that much memory.
     */
    byte[] renderUtf8(String name, Map<String, Object> context) throws TemplateException {
        return renderUtf8(name, context, 0);
    }

    /**
     * As {@link #renderUtf8(String, Map)}, for a page expected to take about {@code expectedBytes}:
     * the buffer starts at that size instead of doubling its way up from 64 KB, copying and
     * clearing every size on the way (a whole course of 17 MB spent a fifth of its rendering there).
     */
    byte[] renderUtf8(String name, Map<String, Object> context, int expectedBytes) throws TemplateException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64 * 1024, expectedBytes));
        try (Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 64 * 1024)) {
            merge(name, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private void merge(String name, Map<String, Object> context, Writer out) throws TemplateException {
        VelocityEngine ready = engine();
        try {
            ready.getTemplate(name, "UTF-8").merge(new VelocityContext(new java.util.HashMap<>(context)), out);
        } catch (ParseErrorException e) {
            throw new TemplateException(where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                    firstLine(e.getMessage()));
        } catch (MethodInvocationException e) {
            throw new TemplateException(where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                    firstLine(e.getMessage()));
        } catch (ResourceNotFoundException e) {
            throw new TemplateException(Location.NONE, firstLine(e.getMessage()));
        } catch (VelocityException e) {
            throw new TemplateException(Location.of(sourceOf(name)), firstLine(e.getMessage()));
        }
    }

    private Location where(String template, int line, int column) {
        return Location.of(sourceOf(template == null ? "" : template), Math.max(line, 0), Math.max(column, 0));
    }

    /** The path an author knows the template by. */
    private String sourceOf(String template) {
        if (themeDir.isPresent() && NAME.matcher(template).matches() && Files.isRegularFile(themeDir.get().resolve(template))) {
            return "theme/" + template;
        }
        return "(built-in template " + template + ")";
    }

    private static String firstLine(String message) {
        if (message == null) return "template error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Theme folder first, then the built-in templates; names are plain file names. */
    private final class ThemeLoader extends ResourceLoader {
        @Override
        public void init(ExtProperties configuration) {}

        @Override
        public Reader getResourceReader(String name, String encoding) {
            if (!NAME.matcher(name).matches()) throw new ResourceNotFoundException("no template named '" + name + "'");
            try {
                if (themeDir.isPresent()) {
                    Path file = themeDir.get().resolve(name);
                    if (Files.isRegularFile(file)) return Files.newBufferedReader(file, StandardCharsets.UTF_8);
                }
                InputStream in = Templates.class.getResourceAsStream(BUILT_IN + name);
                if (in == null) throw new ResourceNotFoundException("no template named '" + name + "'");
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ResourceNotFoundException("cannot read template '" + name + "': " + e.getMessage());
            }
        }

        @Override
        public boolean isSourceModified(Resource resource) {
            return false;
        }

        @Override
        public long getLastModified(Resource resource) {
            return 0;
        }
    }
}
