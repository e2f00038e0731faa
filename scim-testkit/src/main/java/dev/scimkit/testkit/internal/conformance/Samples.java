package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.core.Group;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.User;
import dev.scimkit.core.json.ScimJson;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.Tuple;

/**
 * Runs a law for generated samples, reproducibly from a seed, and on failure shrinks greedily to a
 * smaller sample that still fails (each attempt talks to the service, so shrinking is bounded).
 *
 * <p>Shrinking never trades a failure on an unambiguous sample for one on a sample the RFC leaves
 * open ({@link CheckFailure#ambiguousSample()}), and from an ambiguous one it moves to an unambiguous
 * failing candidate whenever it finds one: a reported sample is ambiguous only if no unambiguous
 * candidate failed too.
 */
final class Samples {

    private static final int GENERATION_SIZE = 1000;
    private static final int MAX_SHRINK_ATTEMPTS = 40;

    private final int tries;
    private final long seed;

    Samples(int tries, long seed) {
        this.tries = tries;
        this.seed = seed;
    }

    int tries() {
        return tries;
    }

    /**
     * @param salt     distinguishes the checks, so each has its own reproducible sequence
     * @param arbitrary the samples
     * @param law      throws {@link CheckFailure} when a sample breaks it
     * @param <T>      the sample type
     * @throws CheckFailure for the smallest failing sample found, naming it and the seed
     */
    <T> void forAll(int salt, Arbitrary<T> arbitrary, Consumer<T> law) {
        forAll(salt, tries, arbitrary, law);
    }

    <T> void forAll(int salt, int count, Arbitrary<T> arbitrary, Consumer<T> law) {
        forAll(salt, count, arbitrary, law, sample -> List.of(), MAX_SHRINK_ATTEMPTS);
    }

    /**
     * @param salt      distinguishes the checks
     * @param count     how many samples to try
     * @param arbitrary the samples
     * @param law       throws {@link CheckFailure} when a sample breaks it
     * @param smaller   parts of a sample that are samples of the same arbitrary themselves (e.g. the
     *                  operands of a filter's {@code and}), tried before jqwik's own shrinking
     * @param budget    how many candidates shrinking may try
     * @param <T>       the sample type
     * @throws CheckFailure for the smallest failing sample found, naming it and the seed
     */
    <T> void forAll(int salt, int count, Arbitrary<T> arbitrary, Consumer<T> law, Function<T, List<T>> smaller,
                    int budget) {
        Random random = new Random(seed * 31 + salt);
        RandomGenerator<T> generator = arbitrary.generator(GENERATION_SIZE);
        for (int i = 0; i < count; i++) {
            Shrinkable<T> sample = generator.next(random);
            try {
                law.accept(sample.value());
            } catch (CheckFailure failure) {
                throw shrink(sample, failure, law, i + 1, smaller, budget);
            }
        }
    }

    /**
     * @param salt      distinguishes the callers
     * @param arbitrary the samples
     * @param <T>       the sample type
     * @return one sample, reproducible from the seed
     */
    <T> T one(int salt, Arbitrary<T> arbitrary) {
        return arbitrary.generator(GENERATION_SIZE).next(new Random(seed * 31 + salt)).value();
    }

    private <T> CheckFailure shrink(Shrinkable<T> failing, CheckFailure failure, Consumer<T> law, int attempt,
                                    Function<T, List<T>> smaller, int budget) {
        Shrinking<T> state = new Shrinking<>(failing, failure, law, budget);
        boolean shrunk = true;
        while (shrunk && state.attempts < budget) {
            // the sample's own parts first (big steps), then jqwik's candidates
            shrunk = state.step(smaller.apply(state.smallest.value()).stream().map(Shrinkable::unshrinkable).iterator())
                    || state.step(state.smallest.shrink().iterator());
        }
        return state.failure.withMessage(state.failure.getMessage() + "\nfalsified by sample " + attempt
                + " of seed " + seed + (state.smallest == failing ? "" : " (shrunk)") + ": "
                + describe(state.smallest.value()));
    }

    /** The smallest failing sample so far, and how many candidates were tried. */
    private static final class Shrinking<T> {
        private final Consumer<T> law;
        private final int budget;
        private Shrinkable<T> smallest;
        private CheckFailure failure;
        private int attempts;

        Shrinking(Shrinkable<T> smallest, CheckFailure failure, Consumer<T> law, int budget) {
            this.smallest = smallest;
            this.failure = failure;
            this.law = law;
            this.budget = budget;
        }

        /**
         * Moves to the first candidate that fails unambiguously; failing that, if the current sample is
         * ambiguous itself, to the first candidate that fails at all.
         *
         * @return whether it moved
         */
        boolean step(Iterator<Shrinkable<T>> candidates) {
            Shrinkable<T> fallback = null;
            CheckFailure fallbackFailure = null;
            while (candidates.hasNext() && attempts < budget) {
                Shrinkable<T> candidate = candidates.next();
                attempts++;
                try {
                    law.accept(candidate.value());
                } catch (CheckFailure next) {
                    if (!next.ambiguousSample()) {
                        smallest = candidate;
                        failure = next;
                        return true;
                    }
                    if (failure.ambiguousSample() && fallback == null) {
                        fallback = candidate;
                        fallbackFailure = next;
                    }
                } catch (RuntimeException ignored) {
                    // a candidate that breaks differently is not a smaller example of this failure
                }
            }
            if (fallback == null) {
                return false;
            }
            smallest = fallback;
            failure = fallbackFailure;
            return true;
        }
    }

    static String describe(Object sample) {
        if (sample instanceof User user) {
            return user.toJsonString();
        }
        if (sample instanceof Group group) {
            return group.toJsonString();
        }
        if (sample instanceof PatchRequest request) {
            return ScimJson.write(request.toJson());
        }
        if (sample instanceof Tuple.Tuple2<?, ?> pair) {
            return describe(pair.get1()) + " with " + describe(pair.get2());
        }
        return String.valueOf(sample);
    }
}
