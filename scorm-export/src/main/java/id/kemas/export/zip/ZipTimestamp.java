package id.kemas.export.zip;

import id.kemas.core.model.SemVer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The one modification time every entry of a package carries, so that the same source gives the
 * same bytes. It is {@code SOURCE_DATE_EPOCH} when that is set (the reproducible-builds
 * convention), else a date derived from the course version alone: noon UTC on
 * 2000+MAJOR-(1+MINOR)-(1+PATCH), capped to a valid date, so a newer version shows a later date.
 *
 * @param wallClock the time as written in the zip (zip times have no zone; this is UTC), even seconds
 */
public record ZipTimestamp(LocalDateTime wallClock) {

    private static final LocalDateTime DOS_MIN = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime DOS_MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    public ZipTimestamp {
        if (wallClock.isBefore(DOS_MIN)) wallClock = DOS_MIN;
        if (wallClock.isAfter(DOS_MAX)) wallClock = DOS_MAX;
        wallClock = wallClock.withNano(0).withSecond(wallClock.getSecond() & ~1);
    }

    /**
     * @param sourceDateEpoch the value of {@code SOURCE_DATE_EPOCH}, if set: seconds since 1970 UTC
     * @throws IllegalArgumentException if it is set but not a whole number
     */
    public static ZipTimestamp of(SemVer version, Optional<String> sourceDateEpoch) {
        Optional<String> epoch = sourceDateEpoch.map(String::strip).filter(s -> !s.isEmpty());
        if (epoch.isPresent()) {
            long seconds;
            try {
                seconds = Long.parseLong(epoch.get());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH is not a number of seconds: " + epoch.get());
            }
            return new ZipTimestamp(LocalDateTime.ofEpochSecond(
                    Math.max(0, Math.min(seconds, 4_400_000_000L)), 0, ZoneOffset.UTC));
        }
        return new ZipTimestamp(LocalDateTime.of(2000 + Math.min(version.major(), 99),
                1 + Math.min(version.minor(), 11), 1 + Math.min(version.patch(), 27), 12, 0));
    }

    /** From the environment of this process. */
    public static ZipTimestamp fromEnvironment(SemVer version) {
        return of(version, Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")));
    }

    /**
     * The Java time to give Commons Compress, which turns it into zip's date and time fields in the
     * default time zone: the instant whose local wall clock reads {@link #wallClock}. This way the
     * fields are the same whatever zone the build runs in.
     */
    public long javaMillis() {
        Instant instant = wallClock.atZone(ZoneId.systemDefault()).toInstant();
        return instant.toEpochMilli();
    }
}
