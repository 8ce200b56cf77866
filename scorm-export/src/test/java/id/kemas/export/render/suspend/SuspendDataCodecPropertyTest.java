package id.kemas.export.render.suspend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SuspendDataCodecPropertyTest {

    @Provide
    Arbitrary<SuspendArbitraries.Case> cases() {
        return SuspendArbitraries.cases();
    }

    @Provide
    Arbitrary<SuspendLayout> layouts() {
        return SuspendArbitraries.layouts();
    }

    @Property(tries = 500)
    void decodingWhatWasEncodedGivesTheSameState(@ForAll("cases") SuspendArbitraries.Case c) {
        String data = SuspendDataCodec.encode(c.layout(), c.state());
        assertEquals(Optional.of(c.state()), SuspendDataCodec.decode(c.layout(), data));
    }

    @Property(tries = 500)
    void theDataIsPrintableAsciiWithTheVersionPrefix(@ForAll("cases") SuspendArbitraries.Case c) {
        String data = SuspendDataCodec.encode(c.layout(), c.state());
        assertTrue(data.startsWith("K1" + c.layout().signature() + "|"), data);
        assertTrue(data.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F), data);
    }

    @Property(tries = 500)
    void noStateIsLongerThanTheWorstCase(@ForAll("cases") SuspendArbitraries.Case c) {
        int length = SuspendDataCodec.encode(c.layout(), c.state()).length();
        int worst = SuspendBudget.worstCase(c.layout());
        assertTrue(length <= worst, length + " > worst case " + worst);
    }

    @Property(tries = 200)
    void theWorstCaseIsReachedByAState(@ForAll("layouts") SuspendLayout layout) {
        SuspendState worst = SuspendBudget.worstState(layout);
        assertEquals(SuspendBudget.worstCase(layout), SuspendDataCodec.encode(layout, worst).length());
        assertEquals(Optional.of(worst), SuspendDataCodec.decode(layout, SuspendDataCodec.encode(layout, worst)));
    }

    @Property(tries = 300)
    void dataOfAnotherLayoutOrTamperedDataIsIgnored(@ForAll("cases") SuspendArbitraries.Case c) {
        String data = SuspendDataCodec.encode(c.layout(), c.state());
        SuspendLayout other = new SuspendLayout(c.layout().signature().equals("zzzz") ? "0000" : "zzzz",
                c.layout().screens(), c.layout().quiz());
        assertEquals(Optional.empty(), SuspendDataCodec.decode(other, data));
        assertEquals(Optional.empty(), SuspendDataCodec.decode(c.layout(), data + "|"));
        assertEquals(Optional.empty(), SuspendDataCodec.decode(c.layout(), "K2" + data.substring(2)));
    }
}
