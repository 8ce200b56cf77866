package id.kemas.validator.container;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;

/**
 * Releases a memory-mapped region as soon as it has been read, instead of when the garbage
 * collector gets to it, so that many large entries do not pile up mappings (and so that the file
 * can be moved or deleted at once on systems that forbid it while mapped). Uses the JDK's supported
 * escape hatch {@code sun.misc.Unsafe.invokeCleaner}; without it the region is left to the collector.
 */
final class Unmapper {

    private static final MethodHandle CLEANER = find();

    private Unmapper() {
    }

    static void unmap(MappedByteBuffer buffer) {
        if (CLEANER == null) return;
        try {
            CLEANER.invokeExact((ByteBuffer) buffer);
        } catch (Throwable ignored) {
            // the collector releases it later
        }
    }

    private static MethodHandle find() {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            var field = unsafeClass.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            Object unsafe = field.get(null);
            return MethodHandles.lookup()
                    .findVirtual(unsafeClass, "invokeCleaner", MethodType.methodType(void.class, ByteBuffer.class))
                    .bindTo(unsafe);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
