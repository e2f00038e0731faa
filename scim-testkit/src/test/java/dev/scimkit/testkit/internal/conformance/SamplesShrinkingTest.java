package dev.scimkit.testkit.internal.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.testkit.ScimArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.ForAll;
import net.jqwik.api.constraints.LongRange;

/**
 * Shrinking stays honest: a reported sample is ambiguous (touches a point the RFC leaves open) only
 * when no unambiguous candidate fails too, and it never trades an unambiguous failure for an ambiguous one.
 */
class SamplesShrinkingTest {

    @Property(tries = 60)
    void shrinking_reachesAnUnambiguousFailingOperand(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // The "service" is wrong on every filter that compares userName; filters with a negation are
        // ambiguous (as ne over a multi-valued attribute would be), so failing on them proves less.
        List<Filter> first = new ArrayList<>();
        Consumer<Filter> law = filter -> {
            if (first.isEmpty()) {
                first.add(filter);
            }
            if (leaves(filter).stream().anyMatch(SamplesShrinkingTest::onUserName)) {
                throw new CheckFailure("wrong", null).onAmbiguousSample(negated(filter));
            }
        };

        CheckFailure failure = run(seed, law);

        boolean someUserNameLeafIsUnambiguous = !first.isEmpty() && leaves(first.get(0)).stream()
                .anyMatch(leaf -> onUserName(leaf) && !negated(leaf));
        if (failure != null && someUserNameLeafIsUnambiguous) {
            Filter reported = reported(failure);
            assertThat(onUserName(reported)).as("reported %s, first failing %s", reported, first.get(0)).isTrue();
            assertThat(negated(reported)).as("reported %s", reported).isFalse();
        }
    }

    @Property(tries = 60)
    void shrinking_neverTradesAnUnambiguousFailureForAnAmbiguousOne(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        List<Filter> first = new ArrayList<>();
        Consumer<Filter> law = filter -> {
            if (first.isEmpty()) {
                first.add(filter);
            }
            throw new CheckFailure("always wrong", null).onAmbiguousSample(negated(filter));
        };

        CheckFailure failure = run(seed, law);

        Filter reported = reported(failure);
        boolean someLeafIsUnambiguous = leaves(first.get(0)).stream().anyMatch(leaf -> !negated(leaf));
        if (someLeafIsUnambiguous) {
            assertThat(negated(reported)).as("reported %s, first %s", reported, first.get(0)).isFalse();
        }
        assertThat(failure.ambiguousSample()).isEqualTo(negated(reported));
    }

    @Example
    void shrinking_keepsTheFailureOfAnAmbiguousSampleWhenNothingSmallerFails() {
        Consumer<Filter> law = filter -> {
            if (filter instanceof Filter.Not) {
                throw new CheckFailure("only the whole filter fails", null).onAmbiguousSample(true);
            }
        };
        Samples samples = new Samples(200, 3);

        assertThatThrownBy(() -> samples.forAll(1, 200, ScimArbitraries.filters(), law, QueryChecks::parts, 100))
                .isInstanceOfSatisfying(CheckFailure.class, failure -> {
                    assertThat(failure.ambiguousSample()).isTrue();
                    assertThat(failure.getMessage()).contains("falsified by sample").contains(": not ");
                });
    }

    private static CheckFailure run(long seed, Consumer<Filter> law) {
        Samples samples = new Samples(20, seed);
        return catchThrowableOfType(() -> samples.forAll(1, 20, ScimArbitraries.filters(), law,
                QueryChecks::parts, 100), CheckFailure.class);
    }

    private static Filter reported(CheckFailure failure) {
        String message = failure.getMessage();
        String text = message.substring(message.indexOf("): ") > 0 ? message.indexOf("): ") + 3
                : message.lastIndexOf(": ") + 2);
        return Filter.parse(text);
    }

    private static boolean onUserName(Filter filter) {
        return filter instanceof Filter.Comparison comparison && comparison.path().name().equals("userName");
    }

    /** Ambiguous in these tests: any negation (not, ne) anywhere. */
    private static boolean negated(Filter filter) {
        return contains(filter, node -> node instanceof Filter.Not
                || node instanceof Filter.Comparison comparison && comparison.op() == ComparisonOperator.NE);
    }

    private static boolean contains(Filter filter, Predicate<Filter> test) {
        if (test.test(filter)) {
            return true;
        }
        return QueryChecks.operands(filter).stream().anyMatch(operand -> contains(operand, test));
    }

    private static List<Filter> leaves(Filter filter) {
        List<Filter> operands = QueryChecks.operands(filter);
        if (operands.isEmpty()) {
            return List.of(filter);
        }
        List<Filter> leaves = new ArrayList<>();
        operands.forEach(operand -> leaves.addAll(leaves(operand)));
        return leaves;
    }
}
