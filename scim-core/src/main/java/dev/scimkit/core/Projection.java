package dev.scimkit.core;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.AttributeReference;
import dev.scimkit.core.schema.ResolvedAttribute;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.Returned;
import dev.scimkit.core.schema.Schema;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shapes a resource for a response: RFC 7644 §3.4.2.5 {@code attributes} / {@code excludedAttributes}
 * under RFC 7643 §7 {@code returned} rules. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code never} attributes (e.g. {@code password}) are never returned, at any level;</li>
 *   <li>{@code always} attributes (e.g. {@code id}) and {@code schemas} are always returned, even when
 *       excluded or not listed;</li>
 *   <li>{@code default} attributes are returned unless an {@code attributes} list leaves them out or
 *       {@code excludedAttributes} names them;</li>
 *   <li>{@code request} attributes are returned only when {@code attributes} names them.</li>
 * </ul>
 * Naming a complex attribute includes all its sub-attributes (except {@code never}); naming a
 * sub-attribute includes just it (plus {@code always} sub-attributes). Attributes the registry does
 * not define count as {@code default}. An extension object left empty is dropped. References without
 * a URN resolve like {@link SchemaRegistry#resolve}: core schema first, then the extensions.
 *
 * <p>References come already split ({@link AttributeReference}); parsing an {@code attributes=} list
 * is scim-filter's job.
 */
public final class Projection {

    private final SchemaRegistry registry;

    private Projection(SchemaRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param registry the schemas that say what each attribute's {@code returned} is
     * @return a projection
     */
    public static Projection of(SchemaRegistry registry) {
        return new Projection(Objects.requireNonNull(registry, "registry is null"));
    }

    /**
     * Applies the default rules: drops {@code never} and {@code request} attributes.
     *
     * @param type     the resource's type
     * @param resource the stored resource JSON
     * @return the resource as returned without {@code attributes} or {@code excludedAttributes}
     */
    public JsonObject apply(ResourceType type, JsonObject resource) {
        return apply(type, resource, List.of(), List.of());
    }

    /**
     * Applies {@code attributes} and {@code excludedAttributes}. When both are given, the attributes
     * list selects first and the exclusions then remove from the selection.
     *
     * @param type               the resource's type
     * @param resource           the stored resource JSON
     * @param attributes         the {@code attributes} list, empty when not given
     * @param excludedAttributes the {@code excludedAttributes} list, empty when not given
     * @return the projected resource
     */
    public JsonObject apply(ResourceType type, JsonObject resource, Collection<AttributeReference> attributes,
                            Collection<AttributeReference> excludedAttributes) {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(resource, "resource is null");
        List<AttributeReference> include = List.copyOf(Objects.requireNonNull(attributes, "attributes is null"));
        List<AttributeReference> exclude = List.copyOf(
                Objects.requireNonNull(excludedAttributes, "excludedAttributes is null"));
        Schema core = registry.schema(type.schema()).orElse(null);
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : resource.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            if (AttributeNames.same(key, "schemas")) {
                out.add(key, value);
                continue;
            }
            ResourceType.Extension extension = type.extension(key).orElse(null);
            if (extension != null && value instanceof JsonObject object) {
                Schema schema = registry.schema(extension.schema()).orElse(null);
                JsonObjectBuilder projected = ScimJson.builders().createObjectBuilder();
                boolean any = false;
                for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                    Attribute definition = schema == null ? null : schema.attribute(member.getKey()).orElse(null);
                    JsonValue kept = project(type, extension.schema(), member.getKey(), definition, member.getValue(),
                            include, exclude);
                    if (kept != null) {
                        projected.add(member.getKey(), kept);
                        any = true;
                    }
                }
                if (any) {
                    out.add(key, projected);
                }
                continue;
            }
            Attribute definition = core == null ? null : SchemaRegistry.coreAttribute(core, key).orElse(null);
            JsonValue kept = project(type, type.schema(), key, definition, value, include, exclude);
            if (kept != null) {
                out.add(key, kept);
            }
        }
        return out.build();
    }

    /** @return the value to return, or {@code null} to leave the attribute out */
    private JsonValue project(ResourceType type, String schemaUrn, String name, Attribute definition, JsonValue value,
                              List<AttributeReference> include, List<AttributeReference> exclude) {
        Returned returned = definition == null ? Returned.DEFAULT : definition.returned();
        if (returned == Returned.NEVER) {
            return null;
        }
        JsonValue kept = withoutNever(definition, value);
        if (returned == Returned.ALWAYS) {
            return kept;
        }
        if (!include.isEmpty()) {
            boolean whole = false;
            List<String> subs = new java.util.ArrayList<>();
            for (AttributeReference reference : include) {
                if (matches(type, reference, schemaUrn, name)) {
                    if (reference.subAttribute() == null) {
                        whole = true;
                    } else {
                        subs.add(reference.subAttribute());
                    }
                }
            }
            if (!whole) {
                if (subs.isEmpty()) {
                    return null;
                }
                kept = onlySubAttributes(definition, kept, subs);
                if (kept == null) {
                    return null;
                }
            }
        } else if (returned == Returned.REQUEST) {
            return null;
        }
        for (AttributeReference reference : exclude) {
            if (matches(type, reference, schemaUrn, name)) {
                if (reference.subAttribute() == null) {
                    return null;
                }
                kept = withoutSubAttribute(definition, kept, reference.subAttribute());
                if (kept == null) {
                    return null;
                }
            }
        }
        return kept;
    }

    private boolean matches(ResourceType type, AttributeReference reference, String schemaUrn, String name) {
        if (!AttributeNames.same(reference.name(), name)) {
            return false;
        }
        if (reference.schemaUrn() != null) {
            return AttributeNames.same(reference.schemaUrn(), schemaUrn);
        }
        ResolvedAttribute resolved = registry.resolve(type, null, reference.name(), null).orElse(null);
        if (resolved == null) {
            return AttributeNames.same(schemaUrn, type.schema());
        }
        return AttributeNames.same(resolved.schema().id(), schemaUrn);
    }

    private static JsonValue withoutNever(Attribute definition, JsonValue value) {
        if (definition == null || !definition.isComplex()) {
            return value;
        }
        boolean anyNever = definition.subAttributes().stream().anyMatch(s -> s.returned() == Returned.NEVER);
        if (!anyNever) {
            return value;
        }
        return mapElements(value, object -> {
            JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                Attribute sub = definition.subAttribute(member.getKey()).orElse(null);
                if (sub == null || sub.returned() != Returned.NEVER) {
                    out.add(member.getKey(), member.getValue());
                }
            }
            return out.build();
        });
    }

    private static JsonValue onlySubAttributes(Attribute definition, JsonValue value, List<String> subs) {
        return mapElements(value, object -> {
            JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
            boolean any = false;
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                Attribute sub = definition == null ? null : definition.subAttribute(member.getKey()).orElse(null);
                boolean always = sub != null && sub.returned() == Returned.ALWAYS;
                boolean named = subs.stream().anyMatch(s -> AttributeNames.same(s, member.getKey()));
                if (always || named) {
                    out.add(member.getKey(), member.getValue());
                    any = any || named;
                }
            }
            return any ? out.build() : null;
        });
    }

    private static JsonValue withoutSubAttribute(Attribute definition, JsonValue value, String subName) {
        Attribute sub = definition == null ? null : definition.subAttribute(subName).orElse(null);
        if (sub != null && sub.returned() == Returned.ALWAYS) {
            return value;
        }
        return mapElements(value, object -> {
            JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                if (!AttributeNames.same(member.getKey(), subName)) {
                    out.add(member.getKey(), member.getValue());
                }
            }
            JsonObject built = out.build();
            return built.isEmpty() ? null : built;
        });
    }

    /**
     * Applies a function to an object, or to each object of an array; other values pass through.
     * A {@code null} result drops the object; an array left empty, or a dropped object, yields {@code null}.
     */
    private static JsonValue mapElements(JsonValue value, java.util.function.Function<JsonObject, JsonObject> f) {
        if (value instanceof JsonObject object) {
            return f.apply(object);
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder out = ScimJson.builders().createArrayBuilder();
            boolean any = false;
            for (JsonValue element : array) {
                if (element instanceof JsonObject object) {
                    JsonObject mapped = f.apply(object);
                    if (mapped != null) {
                        out.add(mapped);
                        any = true;
                    }
                } else {
                    out.add(element);
                    any = true;
                }
            }
            return any ? out.build() : null;
        }
        return value;
    }

    @Override
    public String toString() {
        return "Projection{schemas=" + registry.schemas().size() + "}";
    }
}
