package id.kemas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void sizesAreBytesOrBinaryMultiples() {
        assertEquals(OptionalLong.of(500_000), Sizes.parse("500000"));
        assertEquals(OptionalLong.of(500), Sizes.parse("500B"));
        assertEquals(OptionalLong.of(64L << 10), Sizes.parse("64K"));
        assertEquals(OptionalLong.of(32L << 20), Sizes.parse("32m"));
        assertEquals(OptionalLong.of(32L << 20), Sizes.parse(" 32 MiB "));
        assertEquals(OptionalLong.of(1L << 30), Sizes.parse("1GB"));
    }

    @Test
    void anythingElseIsNoSize() {
        for (String bad : new String[] {"", "0", "0M", "-5", "12X", "1.5M", "5T", "M", "999999999999G", "1e6"}) {
            assertEquals(OptionalLong.empty(), Sizes.parse(bad), bad);
        }
    }
}
