package id.kemas.export.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kemas.core.model.SemVer;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ZipTimestampTest {

    private static SemVer v(String s) {
        return SemVer.parse(s).orElseThrow();
    }

    @Test
    void theCourseVersionGivesALaterDateForALaterVersion() {
        assertEquals(LocalDateTime.of(2001, 1, 1, 12, 0), ZipTimestamp.of(v("1.0.0"), Optional.empty()).wallClock());
        assertEquals(LocalDateTime.of(2002, 4, 6, 12, 0), ZipTimestamp.of(v("2.3.5"), Optional.empty()).wallClock());
        assertEquals(LocalDateTime.of(2099, 12, 28, 12, 0), ZipTimestamp.of(v("400.40.40"), Optional.empty()).wallClock());
    }

    @Test
    void sourceDateEpochWinsAndIsRoundedToEvenSeconds() {
        assertEquals(LocalDateTime.of(2023, 11, 14, 22, 13, 20),
                ZipTimestamp.of(v("1.0.0"), Optional.of(" 1700000001 ")).wallClock());
        assertEquals(LocalDateTime.of(2001, 1, 1, 12, 0), ZipTimestamp.of(v("1.0.0"), Optional.of("")).wallClock());
    }

    @Test
    void timesOutsideWhatZipCanStoreAreClamped() {
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), ZipTimestamp.of(v("1.0.0"), Optional.of("0")).wallClock());
        assertEquals(LocalDateTime.of(2107, 12, 31, 23, 59, 58),
                ZipTimestamp.of(v("1.0.0"), Optional.of("99999999999")).wallClock());
    }

    @Test
    void aSourceDateEpochThatIsNotANumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ZipTimestamp.of(v("1.0.0"), Optional.of("yesterday")));
    }
}
