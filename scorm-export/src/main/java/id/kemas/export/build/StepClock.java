package id.kemas.export.build;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Times the steps of a build, one lap per step. */
final class StepClock {

    private final Map<String, Duration> laps = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void lap(String step) {
        long now = System.nanoTime();
        laps.put(step, Duration.ofNanos(now - last));
        last = now;
    }

    Map<String, Duration> laps() {
        return laps;
    }
}
