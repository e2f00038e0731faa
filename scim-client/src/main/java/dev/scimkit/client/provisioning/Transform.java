package dev.scimkit.client.provisioning;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A small change applied to a source value before it is written to its SCIM target, such as
 * {@link #lowerCase()} for {@code userName} or {@link #lookup(Map)} turning a role into Zoom's
 * {@code userType}. Implementations must be stateless and thread-safe.
 */
@FunctionalInterface
public interface Transform {

    /**
     * @param value the source value; never null (absent values are not transformed)
     * @return the value to write, or {@code null} for "no value" (the rule's default then applies)
     * @throws ScimException 400 {@code invalidValue} if the value cannot be transformed
     */
    JsonValue apply(JsonValue value);

    /**
     * @param next the transform to apply to this one's result
     * @return a transform applying this one, then {@code next} (skipped when this one yields no value)
     * @throws NullPointerException if {@code next} is null
     */
    default Transform andThen(Transform next) {
        Objects.requireNonNull(next, "next is null");
        return value -> {
            JsonValue first = apply(value);
            return first == null ? null : next.apply(first);
        };
    }

    /** @return the value unchanged */
    static Transform identity() {
        return value -> value;
    }

    /** @return strings lower-cased (with {@link Locale#ROOT}); other values unchanged */
    static Transform lowerCase() {
        return value -> value instanceof JsonString text
                ? ScimJson.provider().createValue(text.getString().toLowerCase(Locale.ROOT)) : value;
    }

    /** @return strings upper-cased (with {@link Locale#ROOT}); other values unchanged */
    static Transform upperCase() {
        return value -> value instanceof JsonString text
                ? ScimJson.provider().createValue(text.getString().toUpperCase(Locale.ROOT)) : value;
    }

    /** @return strings without leading and trailing white space, an empty result being no value */
    static Transform trim() {
        return value -> {
            if (value instanceof JsonString text) {
                String trimmed = text.getString().strip();
                return trimmed.isEmpty() ? null : ScimJson.provider().createValue(trimmed);
            }
            return value;
        };
    }

    /**
     * @return a boolean from {@code true}/{@code false}, the strings {@code "true"}, {@code "false"},
     *         {@code "yes"}, {@code "no"}, {@code "1"}, {@code "0"} (any case) and the numbers 1 and 0
     */
    static Transform toBoolean() {
        return Transforms::toBoolean;
    }

    /** @return the negation of {@link #toBoolean()}, e.g. Okta's {@code disabled} to SCIM {@code active} */
    static Transform not() {
        return value -> Transforms.toBoolean(value) == JsonValue.TRUE ? JsonValue.FALSE : JsonValue.TRUE;
    }

    /**
     * Maps values through a table, comparing the source text case-insensitively (booleans and numbers
     * by their JSON text), e.g. {@code Map.of("Engineer", "Licensed", "Contractor", "Basic")} for
     * {@code userType}. A value not in the table yields no value, so the rule's default applies.
     *
     * @param table source text to target text
     * @return the transform
     * @throws NullPointerException     if {@code table}, a key or a value is null
     * @throws IllegalArgumentException if two keys differ only in case
     */
    static Transform lookup(Map<String, String> table) {
        Objects.requireNonNull(table, "table is null");
        Map<String, JsonValue> folded = new LinkedHashMap<>();
        table.forEach((key, target) -> {
            Objects.requireNonNull(key, "lookup key is null");
            Objects.requireNonNull(target, "lookup value is null");
            if (folded.put(key.toLowerCase(Locale.ROOT), ScimJson.provider().createValue(target)) != null) {
                throw new IllegalArgumentException("lookup keys differ only in case: " + key);
            }
        });
        Map<String, JsonValue> frozen = Map.copyOf(folded);
        return value -> frozen.get(Transforms.text(value).toLowerCase(Locale.ROOT));
    }
}
