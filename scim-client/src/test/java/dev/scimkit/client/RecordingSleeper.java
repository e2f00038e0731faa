package dev.scimkit.client;

import dev.scimkit.testkit.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A sleeper that never waits: it records each requested duration and advances a manual clock by it. */
public final class RecordingSleeper implements Sleeper {

    private final ManualClock clock;
    private final List<Duration> sleeps = new ArrayList<>();

    public RecordingSleeper(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized CompletableFuture<Void> sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
        return CompletableFuture.completedFuture(null);
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
