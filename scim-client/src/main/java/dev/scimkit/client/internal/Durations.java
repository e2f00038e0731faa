package dev.scimkit.client.internal;

import java.time.Duration;

/** Durations as people read them in messages: {@code 300 ms}, {@code 30 s}, {@code 2 min 5 s}. */
public final class Durations {

    private Durations() {
    }

    /**
     * @param duration a duration, zero or more
     * @return it in the largest fitting units
     */
    public static String text(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return millis % 1000 == 0 ? seconds + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        if (seconds < 3600) {
            return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        return seconds / 3600 + " h" + (seconds % 3600 / 60 == 0 ? "" : " " + seconds % 3600 / 60 + " min");
    }
}
