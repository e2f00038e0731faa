package dev.scimkit.testkit.conformance;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link Check#FILTER_EQUALS_LOCAL_EVALUATION} reads filters on the points where RFC 7643/7644
 * leave the answer open: for each such point, the readings whose answers it accepts. Immutable; every
 * {@code with} returns a new value.
 *
 * <p>{@link #lenient()} (the default) accepts every defensible reading of every open point: a user
 * the readings disagree on may be returned or not, and only users every reading agrees on are
 * checked. A service that documents its reading of a point can be held to it strictly:
 *
 * <pre>{@code
 * FilterInterpretation perValue = FilterInterpretation.lenient().with(FilterInterpretation.Negation.PER_VALUE);
 * ConformanceSuite.builder()...filterInterpretation(perValue).build();
 * }</pre>
 *
 * <p>{@link #scimkit()} pins every point to the reading of scimkit's own evaluator
 * ({@code Filter.test}, {@code FilterEvaluator}), which is the strictest check the suite makes. The
 * points, the readings and why each is defensible are listed in scim-testkit's README.
 */
public final class FilterInterpretation {

    /**
     * A negated comparison on an attribute with zero or several values: {@code emails.primary ne true},
     * {@code not (emails.type eq "work")}, {@code title ne "x"} for a user without a title.
     * RFC 7644 §3.4.2.2 says a multi-valued attribute matches "if any of the values … match the
     * specified criterion", which reads either way.
     */
    public enum Negation {
        /** The negation is the complement of the positive test: no value equals (scimkit, UnboundID). */
        COMPLEMENT,
        /** The negation applies to each value: some value differs; no value at all does not match. */
        PER_VALUE
    }

    /** {@code pr} on an attribute whose value is {@code ""}, {@code null}, {@code []} or {@code {}}. */
    public enum Presence {
        /** Present only with a non-empty value (RFC 7644 "has a non-empty value"; scimkit). */
        NON_EMPTY,
        /** Present whenever the attribute appears in the resource, whatever its value. */
        ANY_VALUE
    }

    /** {@code gt ge lt le} on a multi-valued attribute, e.g. {@code emails.value gt "m"}. */
    public enum MultiValuedOrdering {
        /** Some value is in order (RFC 7644 §3.4.2.2's "any of the values"; scimkit). */
        ANY_VALUE,
        /** The primary (else first) value is in order, as RFC 7644 §3.4.2.3 picks the value to sort by. */
        PRIMARY_VALUE
    }

    /** How strings of an attribute that is not {@code caseExact} are compared; differs beyond ASCII. */
    public enum CaseFolding {
        /** Character by character, ignoring case as {@code String.equalsIgnoreCase} does (scimkit). */
        SIMPLE,
        /** Both strings lower-cased with the full Unicode mapping, then compared. */
        LOWER_CASE,
        /** Both strings upper-cased with the full Unicode mapping ({@code ß} becomes {@code SS}), then compared. */
        UPPER_CASE
    }

    /** How dateTime values compare (RFC 7643 §2.3.5, xsd:dateTime). */
    public enum DateTimePrecision {
        /** As instants, at the precision written; a value without offset is UTC (scimkit). */
        AS_WRITTEN,
        /** As instants truncated to whole seconds (a service that keeps no fractions). */
        WHOLE_SECONDS
    }

    /**
     * An element of a multi-valued attribute without {@code primary}: {@code emails.primary eq false},
     * {@code emails[primary eq false]}. RFC 7643 §2.4 says that, if not specified, {@code primary}
     * "SHALL be assumed to be false"; RFC 7644 §3.4.2.2 that a filter on a defaulted attribute uses
     * "the value that was returned", which is none.
     */
    public enum UnassignedPrimary {
        /** Without {@code primary} the element has no value for it (scimkit). */
        ABSENT,
        /** Without {@code primary} the element's {@code primary} is {@code false}. */
        FALSE
    }

    private static final FilterInterpretation LENIENT = new FilterInterpretation(EnumSet.allOf(Negation.class),
            EnumSet.allOf(Presence.class), EnumSet.allOf(MultiValuedOrdering.class), EnumSet.allOf(CaseFolding.class),
            EnumSet.allOf(DateTimePrecision.class), EnumSet.allOf(UnassignedPrimary.class));
    private static final FilterInterpretation SCIMKIT = LENIENT.with(Negation.COMPLEMENT).with(Presence.NON_EMPTY)
            .with(MultiValuedOrdering.ANY_VALUE).with(CaseFolding.SIMPLE).with(DateTimePrecision.AS_WRITTEN)
            .with(UnassignedPrimary.ABSENT);

    private final Set<Negation> negation;
    private final Set<Presence> presence;
    private final Set<MultiValuedOrdering> multiValuedOrdering;
    private final Set<CaseFolding> caseFolding;
    private final Set<DateTimePrecision> dateTimePrecision;
    private final Set<UnassignedPrimary> unassignedPrimary;

    private FilterInterpretation(Set<Negation> negation, Set<Presence> presence,
                                 Set<MultiValuedOrdering> multiValuedOrdering, Set<CaseFolding> caseFolding,
                                 Set<DateTimePrecision> dateTimePrecision, Set<UnassignedPrimary> unassignedPrimary) {
        this.negation = Collections.unmodifiableSet(EnumSet.copyOf(negation));
        this.presence = Collections.unmodifiableSet(EnumSet.copyOf(presence));
        this.multiValuedOrdering = Collections.unmodifiableSet(EnumSet.copyOf(multiValuedOrdering));
        this.caseFolding = Collections.unmodifiableSet(EnumSet.copyOf(caseFolding));
        this.dateTimePrecision = Collections.unmodifiableSet(EnumSet.copyOf(dateTimePrecision));
        this.unassignedPrimary = Collections.unmodifiableSet(EnumSet.copyOf(unassignedPrimary));
    }

    /**
     * @return every defensible reading of every open point accepted (the default); dateTime values
     *         without an offset are also accepted either way within 14 hours of the compared value
     */
    public static FilterInterpretation lenient() {
        return LENIENT;
    }

    /** @return every point pinned to the reading of scimkit's own {@code FilterEvaluator} */
    public static FilterInterpretation scimkit() {
        return SCIMKIT;
    }

    /**
     * @param reading the only reading of negation to accept
     * @return a copy holding the service to that reading
     * @throws NullPointerException if {@code reading} is null
     */
    public FilterInterpretation with(Negation reading) {
        return new FilterInterpretation(only(reading), presence, multiValuedOrdering, caseFolding, dateTimePrecision,
                unassignedPrimary);
    }

    /**
     * @param reading the only reading of {@code pr} to accept
     * @return a copy holding the service to that reading
     * @throws NullPointerException if {@code reading} is null
     */
    public FilterInterpretation with(Presence reading) {
        return new FilterInterpretation(negation, only(reading), multiValuedOrdering, caseFolding, dateTimePrecision,
                unassignedPrimary);
    }

    /**
     * @param reading the only reading of ordering on multi-valued attributes to accept
     * @return a copy holding the service to that reading
     * @throws NullPointerException if {@code reading} is null
     */
    public FilterInterpretation with(MultiValuedOrdering reading) {
        return new FilterInterpretation(negation, presence, only(reading), caseFolding, dateTimePrecision,
                unassignedPrimary);
    }

    /**
     * @param reading the only case folding to accept
     * @return a copy holding the service to that reading
     * @throws NullPointerException if {@code reading} is null
     */
    public FilterInterpretation with(CaseFolding reading) {
        return new FilterInterpretation(negation, presence, multiValuedOrdering, only(reading), dateTimePrecision,
                unassignedPrimary);
    }

    /**
     * @param reading the only dateTime comparison to accept; pinning it also reads values without
     *                offset as UTC, with no tolerance
     * @return a copy holding the service to that reading
     * @throws NullPointerException if {@code reading} is null
     */
    public FilterInterpretation with(DateTimePrecision reading) {
        return new FilterInterpretation(negation, presence, multiValuedOrdering, caseFolding, only(reading),
                unassignedPrimary);
    }

    /**
     * @param reading the only reading of an element without {@code primary} to accept
     * @return a copy holding the service to that reading
     * @throws NullPointerException if {@code reading} is null
     */
    public FilterInterpretation with(UnassignedPrimary reading) {
        return new FilterInterpretation(negation, presence, multiValuedOrdering, caseFolding, dateTimePrecision,
                only(reading));
    }

    /** @return the accepted readings of negation */
    public Set<Negation> negation() {
        return negation;
    }

    /** @return the accepted readings of {@code pr} */
    public Set<Presence> presence() {
        return presence;
    }

    /** @return the accepted readings of ordering on multi-valued attributes */
    public Set<MultiValuedOrdering> multiValuedOrdering() {
        return multiValuedOrdering;
    }

    /** @return the accepted case foldings */
    public Set<CaseFolding> caseFolding() {
        return caseFolding;
    }

    /** @return the accepted dateTime comparisons */
    public Set<DateTimePrecision> dateTimePrecision() {
        return dateTimePrecision;
    }

    /** @return the accepted readings of an element without {@code primary} */
    public Set<UnassignedPrimary> unassignedPrimary() {
        return unassignedPrimary;
    }

    /** @return whether dateTime values without an offset are accepted either way within 14 hours */
    public boolean toleratesMissingOffsets() {
        return dateTimePrecision.size() > 1;
    }

    private static <E extends Enum<E>> Set<E> only(E reading) {
        return EnumSet.of(Objects.requireNonNull(reading, "reading is null"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilterInterpretation that && negation.equals(that.negation)
                && presence.equals(that.presence) && multiValuedOrdering.equals(that.multiValuedOrdering)
                && caseFolding.equals(that.caseFolding) && dateTimePrecision.equals(that.dateTimePrecision)
                && unassignedPrimary.equals(that.unassignedPrimary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(negation, presence, multiValuedOrdering, caseFolding, dateTimePrecision, unassignedPrimary);
    }

    @Override
    public String toString() {
        if (equals(LENIENT)) {
            return "FilterInterpretation[lenient]";
        }
        if (equals(SCIMKIT)) {
            return "FilterInterpretation[scimkit]";
        }
        return "FilterInterpretation" + Arrays.asList(negation, presence, multiValuedOrdering, caseFolding,
                dateTimePrecision, unassignedPrimary);
    }
}
