package dev.scimkit.filter;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.internal.eval.FilterCompiler;
import dev.scimkit.filter.internal.eval.Scope;
import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * Evaluates {@link Filter}s against SCIM resources, following the schemas of a
 * {@link SchemaRegistry}. Immutable and thread-safe.
 *
 * <p>Rules (RFC 7644 §3.4.2.2): attribute names are case-insensitive; strings compare per the
 * attribute's {@code caseExact} ({@code userName} ignores case, {@code id} does not); a multi-valued
 * attribute matches if any value matches; {@code emails[type eq "work"]} matches per element;
 * {@code pr} is false for a missing attribute, {@code null}, {@code []}, {@code {}} and {@code ""};
 * {@code gt/ge/lt/le} order strings, numbers and dateTimes (as instants); booleans support only
 * {@code eq}/{@code ne}; {@code ne} is exactly {@code not eq}; a complex attribute compared without a
 * sub-attribute ({@code emails co "example.com"}) compares its {@code value} sub-attribute;
 * {@code eq null} matches when there is no value.
 *
 * <p>Where RFC 7643/7644 leave the answer open, this evaluator takes one reading (scim-testkit's
 * README, "Where the RFC is open", lists the others, which its conformance suite accepts too):
 * <ul>
 *   <li><b>negation</b> is the complement: {@code emails.primary ne true} and
 *       {@code not (emails.primary eq true)} both mean "no value is true", so a user with one primary
 *       and one other e-mail does not match (as in UnboundID's SCIM 2 SDK; other libraries read
 *       {@code ne} per value, "some value is not true"). It keeps {@code x ne v} equal to
 *       {@code not (x eq v)} and De Morgan valid;</li>
 *   <li>an <b>unassigned attribute</b> matches every {@code ne} ({@code title ne "x"} selects users
 *       without a title), as LDAP's {@code (!(title=x))} does; SQL-backed services often do not;</li>
 *   <li>{@code pr} needs a <b>non-empty value</b>: {@code ""}, {@code null}, {@code []} and {@code {}}
 *       are not present (RFC 7644's "non-empty value", RFC 7643 §2.5);</li>
 *   <li><b>ordering a multi-valued attribute</b> ({@code emails.value gt "m"}) matches if any value is
 *       in order, like every other operator — not by the primary value that sorting uses;</li>
 *   <li>strings that are not {@code caseExact} compare <b>character by character ignoring case</b>
 *       ({@link String#equalsIgnoreCase}, {@link String#compareToIgnoreCase}), so {@code "Straße"} does
 *       not equal {@code "STRASSE"}, while full Unicode case mappings would make them equal;</li>
 *   <li><b>dateTimes</b> compare as instants at the precision written ({@code …:00Z} equals
 *       {@code …:00.000Z}); a value without offset is read as UTC;</li>
 *   <li>an element of a multi-valued attribute <b>without {@code primary}</b> has no value for it, so
 *       {@code emails.primary eq false} does not match it (RFC 7643 §2.4 would assume false; RFC 7644
 *       filters on the value returned);</li>
 *   <li>{@code eq null} matches when the attribute has no non-empty value, {@code ne null} when it has
 *       one; ordering against {@code null} does not fit the schema.</li>
 * </ul>
 *
 * <p>When the filter does not fit the schema — an unknown attribute, a constant of the wrong type,
 * ordering on booleans or complex values — a {@linkplain #isStrict() strict} evaluator throws a 400
 * {@code invalidFilter} {@link ScimException} when compiling; a lenient one lets that comparison
 * match nothing (so {@code not} of it matches everything) and compares attributes it does not know by
 * the constant's JSON type, strings ignoring case.
 *
 * <pre>{@code
 * FilterEvaluator evaluator = FilterEvaluator.builder().strict(true).build();
 * CompiledFilter work = evaluator.compile(Filter.parse("emails[type eq \"work\"]"), userType);
 * users.stream().filter(work).toList();
 * }</pre>
 */
public final class FilterEvaluator {

    private static final FilterEvaluator LENIENT = new FilterEvaluator(SchemaRegistry.defaults(), false);

    private final SchemaRegistry registry;
    private final boolean strict;

    private FilterEvaluator(SchemaRegistry registry, boolean strict) {
        this.registry = registry;
        this.strict = strict;
    }

    /** @return the lenient evaluator over {@link SchemaRegistry#defaults()} (what {@link Filter#test} uses) */
    public static FilterEvaluator defaults() {
        return LENIENT;
    }

    /** @return a builder; defaults: {@link SchemaRegistry#defaults()}, lenient */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the schemas paths resolve against */
    public SchemaRegistry registry() {
        return registry;
    }

    /** @return whether filters that do not fit the schema throw (else they match nothing) */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Prepares a filter for resources of one type.
     *
     * @param filter the filter
     * @param type   the resource type of the resources it will test
     * @return the compiled filter
     * @throws ScimException 400 {@code invalidFilter} in strict mode, if the filter does not fit the type
     */
    public CompiledFilter compile(Filter filter, ResourceType type) {
        Objects.requireNonNull(filter, "filter is null");
        Objects.requireNonNull(type, "type is null");
        return new CompiledFilter(filter, new FilterCompiler(Scope.resource(registry, type), strict).compile(filter));
    }

    /**
     * Prepares an element filter — the part in brackets of {@code emails[type eq "work"]}, as in a
     * PATCH path's {@link PatchPath#valueFilter()} — to test single elements of a multi-valued
     * complex attribute. Paths name sub-attributes of the element, whose definitions (e.g.
     * {@code caseExact}) come from {@code attribute}.
     *
     * @param elementFilter the filter for one element, e.g. {@code type eq "work"}
     * @param attribute     the multi-valued complex attribute whose elements are tested, e.g. the
     *                      definition of {@code emails}; {@code null} if unknown (lenient only:
     *                      sub-attributes are then compared by the constants' JSON types)
     * @return the compiled filter; its {@link CompiledFilter#test} takes one element object
     * @throws ScimException 400 {@code invalidFilter} in strict mode, if the filter does not fit the attribute
     */
    public CompiledFilter compileElementFilter(Filter elementFilter, Attribute attribute) {
        Objects.requireNonNull(elementFilter, "elementFilter is null");
        String label = attribute == null ? "value path" : attribute.name();
        return new CompiledFilter(elementFilter,
                new FilterCompiler(Scope.element(attribute, label), strict).compile(elementFilter));
    }

    /**
     * Tests one element of a multi-valued complex attribute (see {@link #compileElementFilter}).
     *
     * @param elementFilter the element filter, e.g. {@code type eq "work"}
     * @param attribute     the multi-valued complex attribute, e.g. {@code emails}; {@code null} if unknown
     * @param element       the element, e.g. {@code {"type":"work","value":"a@b"}}
     * @return whether the element matches
     * @throws ScimException 400 {@code invalidFilter} in strict mode, if the filter does not fit the attribute
     */
    public boolean testElement(Filter elementFilter, Attribute attribute, JsonObject element) {
        Objects.requireNonNull(element, "element is null");
        return compileElementFilter(elementFilter, attribute).test(element);
    }

    /**
     * Tests a resource, taking its type from its {@code schemas} (User when none is recognised).
     * To test many resources, {@link #compile} the filter once instead.
     *
     * @param filter   the filter
     * @param resource the resource
     * @return whether it matches
     * @throws ScimException 400 {@code invalidFilter} in strict mode, if the filter does not fit the type
     */
    public boolean test(Filter filter, JsonObject resource) {
        Objects.requireNonNull(resource, "resource is null");
        return compile(filter, resourceTypeOf(resource)).test(resource);
    }

    /**
     * @param resource a resource
     * @return the registered type whose core schema its {@code schemas} lists (an array or one URN
     *         string, {@link SchemaRegistry#resourceTypeOf}); else User; else the first type
     * @throws IllegalStateException if the registry has no resource types at all
     */
    public ResourceType resourceTypeOf(JsonObject resource) {
        Objects.requireNonNull(resource, "resource is null");
        return registry.resourceTypeOf(resource)
                .or(() -> registry.resourceType("User"))
                .or(() -> registry.resourceTypes().stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("the schema registry has no resource types"));
    }

    /**
     * Builds a {@link FilterEvaluator}. Not thread-safe. Each setting may be given once; a second call
     * throws an {@link IllegalStateException} naming both values.
     */
    public static final class Builder {
        private SchemaRegistry registry = SchemaRegistry.defaults();
        private boolean strict;
        private boolean registryGiven;
        private boolean strictGiven;

        private Builder() {
        }

        /**
         * @param value the schemas to resolve paths against; default {@link SchemaRegistry#defaults()}
         * @return this
         * @throws IllegalStateException if the registry was already set
         */
        public Builder registry(SchemaRegistry value) {
            Objects.requireNonNull(value, "registry is null");
            if (registryGiven) {
                throw new IllegalStateException("registry was already set to " + describe(registry)
                        + "; cannot set it again to " + describe(value));
            }
            this.registry = value;
            this.registryGiven = true;
            return this;
        }

        /**
         * @param value whether filters that do not fit the schema throw 400 {@code invalidFilter};
         *              default {@code false} (they match nothing)
         * @return this
         * @throws IllegalStateException if strict was already set
         */
        public Builder strict(boolean value) {
            if (strictGiven) {
                throw new IllegalStateException("strict was already set to " + strict + "; cannot set it again to "
                        + value);
            }
            this.strict = value;
            this.strictGiven = true;
            return this;
        }

        /** @return the evaluator */
        public FilterEvaluator build() {
            return new FilterEvaluator(registry, strict);
        }

        private static String describe(SchemaRegistry value) {
            return value == SchemaRegistry.defaults() ? "SchemaRegistry.defaults()"
                    : "a registry of " + value.schemas().size() + " schemas";
        }
    }
}
