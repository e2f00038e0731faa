package dev.scimkit.filter;

import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.internal.patch.GrammarPaths;
import dev.scimkit.filter.internal.patch.PatchDiffer;
import dev.scimkit.filter.internal.patch.PatchEngine;
import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

/**
 * SCIM PATCH (RFC 7644 §3.5.2): apply a {@link PatchRequest} to a resource, or compute the request
 * that turns one resource into another.
 *
 * <p><b>Apply.</b> {@code add}, {@code remove} and {@code replace}, with and without {@code path},
 * including value filters ({@code emails[type eq "work"].value}, {@code members[value eq "id"]}) and
 * URN-qualified paths into extensions (the extension object is created, and its URN listed in
 * {@code schemas}, when needed). A request is atomic: either every operation applies or none does,
 * and the input is never modified. Failures are {@link ScimException}s with status 400 and the
 * RFC 7644 scimType ({@code noTarget}, {@code invalidPath}, {@code invalidValue}, {@code mutability})
 * whose detail names the operation ({@code Operations[2]}) and its path.
 *
 * <pre>{@code
 * JsonObject updated = Patch.apply(user, PatchRequest.builder()
 *         .replace("emails[type eq \"work\"].value", Json.createValue("bjensen@example.com"))
 *         .build());
 * }</pre>
 *
 * <p><b>Lenient mode</b> (the default) accepts what identity providers really send: Entra ID's
 * {@code "False"}/{@code "True"} strings for booleans, path-less values with dotted
 * ({@code "name.givenName"}) or URN-qualified keys, {@code remove} with a {@code value} array
 * instead of a filter, {@code manager} as a bare id; and {@code add} with a filter that matches
 * nothing creates the value the filter describes. {@link Options#strict()} follows RFC 7644 to
 * the letter instead.
 *
 * <p><b>Diff.</b> {@link #diff} computes a small request for clients and provisioning engines;
 * {@code apply(diff(a, b), a)} equals {@code b} apart from {@code meta} and readOnly attributes.
 */
public final class Patch {

    private static final PatchDiffer DIFFER = new PatchDiffer(SchemaRegistry.defaults(), Options.defaults().engine);

    private Patch() {
    }

    /**
     * Applies a request with {@link Options#defaults()}: lenient, {@link SchemaRegistry#defaults()},
     * resource type taken from the resource's {@code schemas}.
     *
     * @param resource the resource (not modified)
     * @param request  the operations, applied in order
     * @return the patched resource; the same instance when {@code request} has no operations
     * @throws ScimException 400 naming the failing operation; nothing is applied then
     * @throws NullPointerException if an argument is null
     */
    public static JsonObject apply(JsonObject resource, PatchRequest request) {
        return apply(resource, request, Options.defaults());
    }

    /**
     * Applies a request.
     *
     * @param resource the resource (not modified)
     * @param request  the operations, applied in order
     * @param options  the schemas, resource type and mode to apply them with
     * @return the patched resource; the same instance when {@code request} has no operations
     * @throws ScimException 400 naming the failing operation; nothing is applied then
     * @throws NullPointerException if an argument is null
     */
    public static JsonObject apply(JsonObject resource, PatchRequest request, Options options) {
        Objects.requireNonNull(resource, "resource is null");
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(options, "options is null");
        return options.engine.apply(resource, request);
    }

    /**
     * Parses a request's paths once, with {@link Options#defaults()}, to apply it to many resources.
     *
     * @param request the operations
     * @return the prepared request
     * @throws ScimException 400 {@code invalidPath} naming the operation whose path does not parse
     * @throws NullPointerException if {@code request} is null
     */
    public static Prepared prepare(PatchRequest request) {
        return prepare(request, Options.defaults());
    }

    /**
     * Parses a request's paths once, to apply it to many resources; {@code prepare(r, o).apply(x)}
     * equals {@code apply(x, r, o)}.
     *
     * @param request the operations
     * @param options the schemas, resource type and mode to apply them with
     * @return the prepared request
     * @throws ScimException 400 {@code invalidPath} naming the operation whose path does not parse
     * @throws NullPointerException if an argument is null
     */
    public static Prepared prepare(PatchRequest request, Options options) {
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(options, "options is null");
        return new Prepared(options, options.engine.prepare(request));
    }

    /**
     * Computes a small request that turns {@code before} into {@code after}: changed attributes are
     * replaced, new ones added, missing ones removed; complex attributes are patched by
     * sub-attribute, multi-valued ones by element ({@code remove members[value eq "…"]},
     * {@code add members […]}) when that is smaller than replacing them whole; extension attributes
     * use URN-qualified paths. {@code meta} and readOnly attributes ({@code id}, {@code groups}) are
     * left out.
     *
     * @param before the resource as it is
     * @param after  the resource as it should be
     * @return the request; without operations when nothing differs
     * @throws ScimException 400 if a member name cannot be addressed by a PATCH path, or if
     *                       {@code after} breaks a rule the PATCH would have to break too (such as
     *                       two primary values)
     * @throws NullPointerException if an argument is null
     */
    public static PatchRequest diff(JsonObject before, JsonObject after) {
        Objects.requireNonNull(before, "before is null");
        Objects.requireNonNull(after, "after is null");
        return DIFFER.diff(before, after);
    }

    /**
     * A {@link PatchRequest} whose paths are parsed (see {@link Patch#prepare}), for applying one
     * request to many resources. Immutable and thread-safe.
     */
    public static final class Prepared {

        private final Options options;
        private final PatchEngine.Prepared prepared;

        private Prepared(Options options, PatchEngine.Prepared prepared) {
            this.options = options;
            this.prepared = prepared;
        }

        /**
         * Applies the request, exactly as {@link Patch#apply(JsonObject, PatchRequest, Options)} does.
         *
         * @param resource the resource (not modified)
         * @return the patched resource; the same instance when the request has no operations
         * @throws ScimException 400 naming the failing operation; nothing is applied then
         * @throws NullPointerException if {@code resource} is null
         */
        public JsonObject apply(JsonObject resource) {
            Objects.requireNonNull(resource, "resource is null");
            return options.engine.apply(resource, prepared);
        }

        /** @return the request */
        public PatchRequest request() {
            return prepared.request();
        }

        /** @return the options it applies with */
        public Options options() {
            return options;
        }

        @Override
        public String toString() {
            return "Patch.Prepared[" + prepared.request().operations().size() + " operations, " + options + "]";
        }
    }

    /**
     * How {@link Patch#apply(JsonObject, PatchRequest, Options)} applies a request: against which
     * schemas and resource type, and how strictly. Immutable and thread-safe; build once and reuse.
     */
    public static final class Options {

        private static final Options DEFAULTS = new Builder().build();
        private static final Options STRICT = new Builder().lenient(false).build();

        private final SchemaRegistry schemas;
        private final ResourceType resourceType;
        private final boolean lenient;
        private final PatchEngine engine;

        private Options(SchemaRegistry schemas, ResourceType resourceType, boolean lenient) {
            this.schemas = schemas;
            this.resourceType = resourceType;
            this.lenient = lenient;
            FilterEvaluator evaluator = FilterEvaluator.builder().registry(schemas).strict(!lenient).build();
            this.engine = new PatchEngine(schemas, resourceType, lenient, new GrammarPaths(evaluator));
        }

        /** @return lenient, {@link SchemaRegistry#defaults()}, resource type from each resource's {@code schemas} */
        public static Options defaults() {
            return DEFAULTS;
        }

        /** @return as {@link #defaults()} but strict: RFC 7644 shapes only */
        public static Options strict() {
            return STRICT;
        }

        /** @return a builder starting from the defaults */
        public static Builder builder() {
            return new Builder();
        }

        /** @return the schemas that attributes are resolved against */
        public SchemaRegistry schemas() {
            return schemas;
        }

        /**
         * @return the resource type every patched resource is taken to be; empty when it is taken
         *         from each resource's {@code schemas} (and a resource of no known type is patched
         *         without schema checks)
         */
        public Optional<ResourceType> resourceType() {
            return Optional.ofNullable(resourceType);
        }

        /** @return whether identity providers' non-RFC request shapes are accepted */
        public boolean lenient() {
            return lenient;
        }

        @Override
        public String toString() {
            return "Patch.Options[lenient=" + lenient + ", resourceType="
                    + (resourceType == null ? "from schemas" : resourceType.name()) + "]";
        }

        /** Builds {@link Options}; each setting may be given once. Not thread-safe. */
        public static final class Builder {
            private SchemaRegistry schemas;
            private ResourceType resourceType;
            private Boolean lenient;

            private Builder() {
            }

            /**
             * @param registry the schemas to resolve attributes against; if not invoked,
             *                 {@link SchemaRegistry#defaults()}
             * @return this
             * @throws NullPointerException  if {@code registry} is null
             * @throws IllegalStateException if the schemas were already set
             */
            public Builder schemas(SchemaRegistry registry) {
                Objects.requireNonNull(registry, "registry is null");
                if (schemas != null) {
                    throw new IllegalStateException("schemas was already set");
                }
                this.schemas = registry;
                return this;
            }

            /**
             * @param type the resource type of every resource to patch; it must be registered in the
             *             schemas. If not invoked, each resource's type is found from its
             *             {@code schemas} member.
             * @return this
             * @throws NullPointerException  if {@code type} is null
             * @throws IllegalStateException if the resource type was already set
             */
            public Builder resourceType(ResourceType type) {
                Objects.requireNonNull(type, "type is null");
                if (resourceType != null) {
                    throw new IllegalStateException("resourceType was already set to " + resourceType.name());
                }
                this.resourceType = type;
                return this;
            }

            /**
             * @param value whether to accept identity providers' non-RFC shapes; if not invoked, true
             * @return this
             * @throws IllegalStateException if the mode was already set
             */
            public Builder lenient(boolean value) {
                if (lenient != null) {
                    throw new IllegalStateException("lenient was already set to " + lenient);
                }
                this.lenient = value;
                return this;
            }

            /**
             * @return the options
             * @throws IllegalStateException if the resource type is not registered in the schemas
             */
            public Options build() {
                SchemaRegistry registry = schemas == null ? SchemaRegistry.defaults() : schemas;
                if (resourceType != null && !registry.resourceType(resourceType.name())
                        .map(resourceType::equals).orElse(false)) {
                    throw new IllegalStateException("resourceType " + resourceType.name()
                            + " is not registered in schemas");
                }
                return new Options(registry, resourceType, lenient == null || lenient);
            }
        }
    }
}
