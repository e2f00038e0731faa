package dev.scimkit.core;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.Mutability;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.Schema;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validates a resource's JSON against a {@link SchemaRegistry} for create (POST) and replace (PUT),
 * as a SCIM service does. Immutable and thread-safe.
 *
 * <p>What it checks, naming the attribute path in every error (e.g. {@code emails[1].value},
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value}):
 * <ul>
 *   <li>the JSON type of every defined attribute: string, boolean, decimal, integer, dateTime
 *       (xsd:dateTime), reference (a URI), binary (base64), complex (an object), and arrays for
 *       multi-valued attributes (a single object where an array of objects is expected is accepted and
 *       wrapped, as Zoom sends {@code roles} and {@code groups}); a plain string where a single-valued
 *       complex attribute with a {@code value} sub-attribute is expected is accepted (Zoom's
 *       {@code manager});</li>
 *   <li>required attributes and required extensions (readOnly ones excepted: the service sets them);</li>
 *   <li>strict canonical values ({@link Attribute#strictCanonicalValues()}, e.g. Zoom's
 *       {@code userType}), unless turned off with {@link #withStrictCanonicalValues(boolean)};</li>
 *   <li>at most one {@code primary: true} per multi-valued attribute;</li>
 *   <li>on replace, that immutable attributes that already have a value keep it.</li>
 * </ul>
 * readOnly attributes in the input are ignored: the returned object leaves them out, so the service
 * sets {@code id}, {@code meta} and {@code groups} itself. Attributes and extensions the registry does
 * not define are kept unchecked, and so are {@code null} values of optional attributes (unassigned,
 * RFC 7643 §2.5). Member names match case-insensitively; a name given twice in different case is an
 * error.
 *
 * <p>Errors are {@link ScimException}s: 400 {@code invalidValue} for wrong types, missing or
 * disallowed values; 400 {@code invalidSyntax} for a repeated name; 400 {@code mutability} for an
 * immutable change.
 */
public final class ResourceValidator {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final SchemaRegistry registry;
    private final boolean strictCanonicalValues;

    private ResourceValidator(SchemaRegistry registry, boolean strictCanonicalValues) {
        this.registry = registry;
        this.strictCanonicalValues = strictCanonicalValues;
    }

    /**
     * @param registry the schemas to validate against
     * @return a validator that enforces strict canonical values
     */
    public static ResourceValidator of(SchemaRegistry registry) {
        return new ResourceValidator(Objects.requireNonNull(registry, "registry is null"), true);
    }

    /**
     * @param strict whether attributes marked {@link Attribute#strictCanonicalValues()} only accept their
     *               canonical values (default {@code true}; {@code false} treats every canonical value list
     *               as a suggestion, as RFC 7643 does)
     * @return a validator with that setting
     */
    public ResourceValidator withStrictCanonicalValues(boolean strict) {
        return new ResourceValidator(registry, strict);
    }

    /**
     * Validates a resource to be created.
     *
     * @param type     the resource type, e.g. {@code registry.resourceType("User").orElseThrow()}
     * @param resource the resource JSON as received
     * @return the resource without its readOnly attributes (and with single objects of multi-valued
     *         attributes wrapped in arrays)
     * @throws ScimException            400 as described in the class documentation
     * @throws IllegalArgumentException if the type names a schema the registry does not hold
     */
    public JsonObject validateCreate(ResourceType type, JsonObject resource) {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(resource, "resource is null");
        return validate(type, resource, null);
    }

    /**
     * Validates a resource that replaces an existing one (PUT).
     *
     * @param type        the resource type
     * @param existing    the stored resource
     * @param replacement the replacement as received
     * @return the replacement without its readOnly attributes
     * @throws ScimException            400 as described in the class documentation; 400 {@code mutability}
     *                                  if an immutable attribute that has a value would change
     * @throws IllegalArgumentException if the type names a schema the registry does not hold
     */
    public JsonObject validateReplace(ResourceType type, JsonObject existing, JsonObject replacement) {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(existing, "existing is null");
        Objects.requireNonNull(replacement, "replacement is null");
        return validate(type, replacement, existing);
    }

    private Schema schema(String urn) {
        return registry.schema(urn).orElseThrow(
                () -> new IllegalArgumentException("schema " + urn + " is not in the registry"));
    }

    private JsonObject validate(ResourceType type, JsonObject input, JsonObject existing) {
        Schema core = schema(type.schema());
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, JsonValue> entry : input.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            if (AttributeNames.same(key, "schemas")) {
                once(seen, key);
                checkSchemas(value);
                out.add(key, value);
                continue;
            }
            ResourceType.Extension extension = type.extension(key).orElse(null);
            if (extension != null) {
                once(seen, key);
                if (value.getValueType() == JsonValue.ValueType.NULL) {
                    continue;
                }
                if (!(value instanceof JsonObject object)) {
                    throw ScimException.invalidValue(key + ": an extension must be an object but is "
                            + describe(value));
                }
                Schema schema = schema(extension.schema());
                JsonObject before = existing == null ? null : objectOrNull(AttributeNames.get(existing, key));
                out.add(key, validateObject(schema.attributes(), key + ":", object, before));
                continue;
            }
            Attribute definition = SchemaRegistry.coreAttribute(core, key).orElse(null);
            if (definition == null) {
                out.add(key, value);
                continue;
            }
            once(seen, key);
            JsonValue before = existing == null ? null : AttributeNames.get(existing, key);
            JsonValue cleaned = validateAttribute(definition, definition.name(), value, before);
            if (cleaned != null) {
                out.add(key, cleaned);
            }
        }
        requireAll(core.attributes(), input, "");
        for (ResourceType.Extension extension : type.extensions()) {
            JsonValue value = AttributeNames.get(input, extension.schema());
            if (value instanceof JsonObject object) {
                requireAll(schema(extension.schema()).attributes(), object, extension.schema() + ":");
            } else if (extension.required()) {
                throw ScimException.invalidValue(extension.schema() + ": the extension is required for "
                        + type.name());
            }
        }
        return out.build();
    }

    private static void once(Set<String> seen, String key) {
        if (!seen.add(AttributeNames.key(key))) {
            throw ScimException.invalidSyntax("attribute \"" + key
                    + "\" appears more than once (attribute names are case-insensitive)");
        }
    }

    private static void checkSchemas(JsonValue value) {
        if (value instanceof JsonString) {
            return;
        }
        if (!(value instanceof JsonArray array)) {
            throw ScimException.invalidValue("schemas: must be an array of schema URNs but is " + describe(value));
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString)) {
                throw ScimException.invalidValue("schemas[" + i + "]: must be a string but is "
                        + describe(array.get(i)));
            }
        }
    }

    private JsonObject validateObject(List<Attribute> definitions, String prefix, JsonObject object,
                                      JsonObject existing) {
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            Attribute definition = find(definitions, entry.getKey());
            if (definition == null) {
                out.add(entry.getKey(), entry.getValue());
                continue;
            }
            once(seen, entry.getKey());
            JsonValue before = existing == null ? null : AttributeNames.get(existing, entry.getKey());
            JsonValue cleaned = validateAttribute(definition, prefix + definition.name(), entry.getValue(), before);
            if (cleaned != null) {
                out.add(entry.getKey(), cleaned);
            }
        }
        return out.build();
    }

    private static Attribute find(List<Attribute> definitions, String name) {
        for (Attribute definition : definitions) {
            if (AttributeNames.same(definition.name(), name)) {
                return definition;
            }
        }
        return null;
    }

    /** @return the value to keep, or {@code null} to leave the attribute out */
    private JsonValue validateAttribute(Attribute definition, String path, JsonValue value, JsonValue existing) {
        if (definition.mutability() == Mutability.READ_ONLY || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        JsonValue cleaned;
        if (definition.multiValued()) {
            JsonArray array;
            if (value instanceof JsonArray given) {
                array = given;
            } else if (definition.isComplex() && value instanceof JsonObject single) {
                array = ScimJson.builders().createArrayBuilder().add(single).build();
            } else {
                throw ScimException.invalidValue(path + ": must be an array but is " + describe(value));
            }
            JsonArrayBuilder out = ScimJson.builders().createArrayBuilder();
            int primaries = 0;
            for (int i = 0; i < array.size(); i++) {
                JsonValue element = array.get(i);
                String elementPath = path + "[" + i + "]";
                if (element.getValueType() == JsonValue.ValueType.NULL) {
                    throw ScimException.invalidValue(elementPath + ": must not be null");
                }
                JsonValue checked = validateSingle(definition, elementPath, element, null);
                if (checked instanceof JsonObject object && AttributeNames.get(object, "primary") == JsonValue.TRUE) {
                    primaries++;
                }
                out.add(checked);
            }
            if (primaries > 1) {
                throw ScimException.invalidValue(path + ": " + primaries
                        + " values are marked primary; at most one may be");
            }
            cleaned = out.build();
        } else {
            cleaned = validateSingle(definition, path, value, existing);
        }
        if (definition.mutability() == Mutability.IMMUTABLE && existing != null
                && existing.getValueType() != JsonValue.ValueType.NULL && !sameValue(definition, existing, cleaned)) {
            throw new ScimException(400, ScimException.MUTABILITY, path + ": is immutable and already set to "
                    + ScimJson.write(existing) + "; it cannot change to " + ScimJson.write(cleaned));
        }
        return cleaned;
    }

    private JsonValue validateSingle(Attribute definition, String path, JsonValue value, JsonValue existing) {
        switch (definition.type()) {
            case STRING -> {
                String text = text(path, value, "a string");
                if (strictCanonicalValues && !definition.allowsValue(text)) {
                    throw ScimException.invalidValue(path + ": \"" + text + "\" is not one of "
                            + String.join(", ", definition.canonicalValues()));
                }
            }
            case BOOLEAN -> {
                if (value.getValueType() != JsonValue.ValueType.TRUE
                        && value.getValueType() != JsonValue.ValueType.FALSE) {
                    throw ScimException.invalidValue(path + ": must be a boolean but is " + describe(value));
                }
            }
            case DECIMAL -> {
                if (!(value instanceof JsonNumber)) {
                    throw ScimException.invalidValue(path + ": must be a decimal number but is " + describe(value));
                }
            }
            case INTEGER -> {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    throw ScimException.invalidValue(path + ": must be an integer but is " + describe(value));
                }
            }
            case DATE_TIME -> {
                String text = text(path, value, "an xsd:dateTime string");
                if (!isDateTime(text)) {
                    throw ScimException.invalidValue(path + ": \"" + text
                            + "\" is not an xsd:dateTime such as 2008-01-23T04:56:22Z");
                }
            }
            case BINARY -> {
                String text = text(path, value, "a base64 string");
                try {
                    Base64.getDecoder().decode(WHITESPACE.matcher(text).replaceAll(""));
                } catch (IllegalArgumentException e) {
                    throw ScimException.invalidValue(path + ": is not base64-encoded binary");
                }
            }
            case REFERENCE -> {
                String text = text(path, value, "a URI reference string");
                try {
                    new URI(text);
                } catch (URISyntaxException e) {
                    throw ScimException.invalidValue(path + ": \"" + text + "\" is not a URI reference: "
                            + e.getReason());
                }
            }
            case COMPLEX -> {
                if (value instanceof JsonObject object) {
                    JsonObject before = objectOrNull(existing);
                    JsonObject cleaned = validateObject(definition.subAttributes(), path + ".", object, before);
                    requireAll(definition.subAttributes(), object, path + ".");
                    return cleaned;
                }
                if (value instanceof JsonString && !definition.multiValued()
                        && definition.subAttribute("value").isPresent()) {
                    return value;
                }
                throw ScimException.invalidValue(path + ": must be an object but is " + describe(value));
            }
            default -> throw new IllegalStateException("unhandled type " + definition.type());
        }
        return value;
    }

    private static String text(String path, JsonValue value, String expected) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw ScimException.invalidValue(path + ": must be " + expected + " but is " + describe(value));
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(text);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    private static void requireAll(List<Attribute> definitions, JsonObject object, String prefix) {
        for (Attribute definition : definitions) {
            if (!definition.required() || definition.mutability() == Mutability.READ_ONLY) {
                continue;
            }
            JsonValue value = AttributeNames.get(object, definition.name());
            boolean missing = value == null || value.getValueType() == JsonValue.ValueType.NULL
                    || (value instanceof JsonString text && text.getString().isEmpty())
                    || (value instanceof JsonArray array && array.isEmpty());
            if (missing) {
                throw ScimException.invalidValue(prefix + definition.name() + ": is required");
            }
        }
    }

    private static boolean sameValue(Attribute definition, JsonValue a, JsonValue b) {
        if (a instanceof JsonString x && b instanceof JsonString y) {
            return definition.valuesEqual(x.getString(), y.getString());
        }
        return a.equals(b);
    }

    private static JsonObject objectOrNull(JsonValue value) {
        return value instanceof JsonObject object ? object : null;
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }

    @Override
    public String toString() {
        return "ResourceValidator{schemas=" + registry.schemas().size() + ", strictCanonicalValues="
                + strictCanonicalValues + "}";
    }
}
