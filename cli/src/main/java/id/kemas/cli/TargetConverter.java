package id.kemas.cli;

import id.kemas.export.target.Target;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --target} by the target's name ({@code moodle}, {@code scorm12}, {@code scorm2004}). */
final class TargetConverter implements ITypeConverter<Target> {

    @Override
    public Target convert(String value) {
        return Target.byId(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a target; use one of: " + String.join(", ", new Names())));
    }

    /** The targets' names, for the help text and shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Target.values()).map(Target::id).iterator();
        }
    }
}
