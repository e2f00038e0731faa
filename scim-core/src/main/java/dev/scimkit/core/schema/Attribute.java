package dev.scimkit.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The definition of one SCIM attribute (RFC 7643 §7): its type, cardinality and the rules the
 * evaluator, PATCH engine, validator and projection apply to it.
 *
 * <p>String comparison follows {@link #caseExact()} and lives only here: {@link #valuesEqual} and
 * {@link #compareValues}.
 *
 * @param name            the attribute name as defined (case preserved)
 * @param type            the data type
 * @param multiValued     whether the attribute holds an array of values
 * @param description     human-readable description; may be empty
 * @param required        whether a resource must carry it
 * @param caseExact       whether string values compare case-sensitively
 * @param mutability      whether and when it may change
 * @param returned        when it is returned
 * @param uniqueness      how unique its value must be
 * @param canonicalValues the values the service expects; empty when open
 * @param referenceTypes  for references: the resource types or {@code external}/{@code uri}
 * @param subAttributes   for complex attributes: their sub-attributes; otherwise empty
 * @param strictCanonicalValues whether {@code canonicalValues} is a closed set the validator
 *                        enforces (RFC 7643 only suggests canonical values; Zoom's {@code userType}
 *                        accepts exactly {@code Basic}, {@code Licensed}, {@code On-Prem})
 */
public record Attribute(
        String name,
        AttributeType type,
        boolean multiValued,
        String description,
        boolean required,
        boolean caseExact,
        Mutability mutability,
        Returned returned,
        Uniqueness uniqueness,
        List<String> canonicalValues,
        List<String> referenceTypes,
        List<Attribute> subAttributes,
        boolean strictCanonicalValues) {

    /** Checks nulls and copies the lists. */
    public Attribute {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        description = description == null ? "" : description;
        Objects.requireNonNull(mutability, "mutability is null");
        Objects.requireNonNull(returned, "returned is null");
        Objects.requireNonNull(uniqueness, "uniqueness is null");
        canonicalValues = List.copyOf(Objects.requireNonNull(canonicalValues, "canonicalValues is null"));
        referenceTypes = List.copyOf(Objects.requireNonNull(referenceTypes, "referenceTypes is null"));
        subAttributes = List.copyOf(Objects.requireNonNull(subAttributes, "subAttributes is null"));
        if (strictCanonicalValues && canonicalValues.isEmpty()) {
            throw new IllegalArgumentException("attribute " + name
                    + " has strictCanonicalValues but no canonicalValues");
        }
    }

    /**
     * Creates a definition whose canonical values, if any, are only suggestions.
     *
     * @param name            the attribute name as defined (case preserved)
     * @param type            the data type
     * @param multiValued     whether the attribute holds an array of values
     * @param description     human-readable description; may be empty
     * @param required        whether a resource must carry it
     * @param caseExact       whether string values compare case-sensitively
     * @param mutability      whether and when it may change
     * @param returned        when it is returned
     * @param uniqueness      how unique its value must be
     * @param canonicalValues the values the service expects; empty when open
     * @param referenceTypes  for references: the resource types or {@code external}/{@code uri}
     * @param subAttributes   for complex attributes: their sub-attributes; otherwise empty
     */
    public Attribute(String name, AttributeType type, boolean multiValued, String description, boolean required,
                     boolean caseExact, Mutability mutability, Returned returned, Uniqueness uniqueness,
                     List<String> canonicalValues, List<String> referenceTypes, List<Attribute> subAttributes) {
        this(name, type, multiValued, description, required, caseExact, mutability, returned, uniqueness,
                canonicalValues, referenceTypes, subAttributes, false);
    }

    /**
     * Whether a string value is allowed by a strict set of canonical values (compared per
     * {@link #caseExact()}); always true when the canonical values are only suggestions.
     *
     * @param value a string value
     * @return whether the value is acceptable
     */
    public boolean allowsValue(String value) {
        if (!strictCanonicalValues) {
            return true;
        }
        for (String canonical : canonicalValues) {
            if (valuesEqual(canonical, value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts a definition with RFC 7643 §2.2 defaults: single-valued, optional, not caseExact,
     * readWrite, returned by default, no uniqueness.
     *
     * @param name the attribute name
     * @param type the data type
     * @return a builder
     */
    public static Builder builder(String name, AttributeType type) {
        return new Builder(name, type);
    }

    /**
     * Finds a sub-attribute by name, ignoring case.
     *
     * @param subName the sub-attribute name
     * @return the sub-attribute, if defined
     */
    public Optional<Attribute> subAttribute(String subName) {
        for (Attribute sub : subAttributes) {
            if (AttributeNames.same(sub.name, subName)) {
                return Optional.of(sub);
            }
        }
        return Optional.empty();
    }

    /** @return whether this attribute's values are JSON objects */
    public boolean isComplex() {
        return type == AttributeType.COMPLEX;
    }

    /**
     * Compares two string values for equality under this attribute's {@code caseExact} rule.
     *
     * @param a a value
     * @param b another value
     * @return whether they are equal
     */
    public boolean valuesEqual(String a, String b) {
        return caseExact ? a.equals(b) : a.equalsIgnoreCase(b);
    }

    /**
     * A key for hash maps and indexes of this attribute's string values, under its {@code caseExact}
     * rule: the value itself when case-exact, else a case fold, so that
     * {@code indexKey(a).equals(indexKey(b))} exactly when {@link #valuesEqual valuesEqual(a, b)}.
     * (The fold maps each character through upper then lower case, as
     * {@link String#equalsIgnoreCase} compares; {@code toLowerCase} alone would not agree with it.)
     *
     * @param value a value
     * @return its key
     * @throws NullPointerException if {@code value} is null
     */
    public String indexKey(String value) {
        Objects.requireNonNull(value, "value is null");
        if (caseExact) {
            return value;
        }
        char[] chars = value.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    /**
     * Orders two string values under this attribute's {@code caseExact} rule.
     *
     * @param a a value
     * @param b another value
     * @return negative, zero or positive
     */
    public int compareValues(String a, String b) {
        return caseExact ? a.compareTo(b) : a.compareToIgnoreCase(b);
    }

    /** Builds an {@link Attribute}; defaults as in {@link Attribute#builder}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final AttributeType type;
        private boolean multiValued;
        private String description = "";
        private boolean required;
        private boolean caseExact;
        private Mutability mutability = Mutability.READ_WRITE;
        private Returned returned = Returned.DEFAULT;
        private Uniqueness uniqueness = Uniqueness.NONE;
        private List<String> canonicalValues = List.of();
        private List<String> referenceTypes = List.of();
        private List<Attribute> subAttributes = List.of();
        private boolean strictCanonicalValues;

        private Builder(String name, AttributeType type) {
            this.name = Objects.requireNonNull(name, "name is null");
            this.type = Objects.requireNonNull(type, "type is null");
        }

        /** @param value whether multi-valued (default false) @return this */
        public Builder multiValued(boolean value) {
            this.multiValued = value;
            return this;
        }

        /** @param value the description (default empty) @return this */
        public Builder description(String value) {
            this.description = Objects.requireNonNull(value, "description is null");
            return this;
        }

        /** @param value whether required (default false) @return this */
        public Builder required(boolean value) {
            this.required = value;
            return this;
        }

        /** @param value whether case-exact (default false) @return this */
        public Builder caseExact(boolean value) {
            this.caseExact = value;
            return this;
        }

        /** @param value the mutability (default readWrite) @return this */
        public Builder mutability(Mutability value) {
            this.mutability = Objects.requireNonNull(value, "mutability is null");
            return this;
        }

        /** @param value when returned (default {@code default}) @return this */
        public Builder returned(Returned value) {
            this.returned = Objects.requireNonNull(value, "returned is null");
            return this;
        }

        /** @param value the uniqueness (default none) @return this */
        public Builder uniqueness(Uniqueness value) {
            this.uniqueness = Objects.requireNonNull(value, "uniqueness is null");
            return this;
        }

        /** @param values the canonical values (default none) @return this */
        public Builder canonicalValues(List<String> values) {
            this.canonicalValues = List.copyOf(values);
            return this;
        }

        /** @param values the reference types (default none) @return this */
        public Builder referenceTypes(List<String> values) {
            this.referenceTypes = List.copyOf(values);
            return this;
        }

        /** @param values the sub-attributes (default none) @return this */
        public Builder subAttributes(List<Attribute> values) {
            this.subAttributes = List.copyOf(values);
            return this;
        }

        /**
         * @param value whether the canonical values are a closed set the validator enforces
         *              (default false: RFC 7643 canonical values are suggestions)
         * @return this
         */
        public Builder strictCanonicalValues(boolean value) {
            this.strictCanonicalValues = value;
            return this;
        }

        /**
         * @return the attribute
         * @throws IllegalArgumentException if strict canonical values are requested without any
         */
        public Attribute build() {
            return new Attribute(name, type, multiValued, description, required, caseExact, mutability,
                    returned, uniqueness, canonicalValues, referenceTypes, subAttributes, strictCanonicalValues);
        }
    }
}
