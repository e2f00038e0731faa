package dev.scimkit.client.provisioning;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How far applying a plan has got.
 *
 * @param done     changes finished (succeeded or failed)
 * @param total    changes to apply
 * @param failures changes that failed so far (including {@link OutcomeStatus#BASIC_USER_CAP})
 * @param eta      estimated time to finish, from the average time per change so far (by the
 *                 provisioner's clock); empty before the first change has finished
 */
public record Progress(int done, int total, int failures, Optional<Duration> eta) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a count is negative or {@code done > total} or {@code failures > done}
     * @throws NullPointerException     if {@code eta} is null
     */
    public Progress {
        Objects.requireNonNull(eta, "eta is null");
        if (done < 0 || total < 0 || failures < 0 || done > total || failures > done) {
            throw new IllegalArgumentException("inconsistent progress: done " + done + ", total " + total
                    + ", failures " + failures);
        }
    }

    /** @return the fraction done, 0 to 1 (1 when there is nothing to do) */
    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }
}
