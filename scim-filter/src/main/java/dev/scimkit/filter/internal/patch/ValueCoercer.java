package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a PATCH value against its attribute's definition and, in lenient mode, turns the shapes
 * identity providers really send into the schema's shape: {@code "True"}/{@code "False"} for
 * booleans, a bare string for a complex attribute with a {@code value} sub-attribute (Entra's and
 * Zoom's {@code manager}), {@code {"value": …}} for a simple attribute, a single value for a
 * multi-valued attribute.
 */
final class ValueCoercer {

    private ValueCoercer() {
    }

    /**
     * @param c       the operation
     * @param def     the target's definition, or {@code null} (the value is then taken as is)
     * @param value   the value
     * @param element whether the value is one element of a multi-valued attribute
     * @return the value in the schema's shape
     * @throws ScimException 400 {@code invalidValue} if it does not fit
     */
    static JsonValue coerce(OperationContext c, Attribute def, JsonValue value, boolean element) {
        if (def == null || value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return value;
        }
        if (def.multiValued() && !element) {
            if (value instanceof JsonArray array) {
                JsonArrayBuilder builder = null;
                for (int i = 0; i < array.size(); i++) {
                    JsonValue item = array.get(i);
                    JsonValue coerced = coerce(c, def, item, true);
                    if (builder == null && coerced != item) {
                        builder = ScimJson.builders().createArrayBuilder();
                        for (int j = 0; j < i; j++) {
                            builder.add(array.get(j));
                        }
                    }
                    if (builder != null) {
                        builder.add(coerced);
                    }
                }
                return builder == null ? array : builder.build();
            }
            if (c.lenient()) {
                return ScimJson.builders().createArrayBuilder().add(coerce(c, def, value, true)).build();
            }
            throw c.error(ScimException.INVALID_VALUE, "'" + def.name() + "' is multi-valued; the value must be an array"
                    + " but was " + kind(value));
        }
        if (!def.multiValued() && c.lenient() && value instanceof JsonArray array && array.size() == 1) {
            return coerce(c, def, array.get(0), element);    // Entra: "manager": [{"value": "id"}]
        }
        return switch (def.type()) {
            case COMPLEX -> complex(c, def, value);
            case BOOLEAN -> bool(c, def, value);
            case INTEGER -> {
                if (value instanceof JsonNumber number && number.isIntegral()) {
                    yield value;
                }
                throw mismatch(c, def, "an integer", value);
            }
            case DECIMAL -> {
                if (value instanceof JsonNumber) {
                    yield value;
                }
                throw mismatch(c, def, "a number", value);
            }
            default -> text(c, def, value);
        };
    }

    private static JsonValue complex(OperationContext c, Attribute def, JsonValue value) {
        if (value instanceof JsonObject object) {
            if (def.subAttributes().isEmpty()) {
                return object;
            }
            JsonObjectBuilder builder = null;
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                Optional<Attribute> sub = def.subAttribute(member.getKey());
                if (sub.isEmpty()) {
                    if (!c.lenient()) {
                        throw c.error(ScimException.INVALID_VALUE, "'" + def.name() + "' has no sub-attribute '"
                                + member.getKey() + "'");
                    }
                    continue;
                }
                JsonValue coerced = coerce(c, sub.get(), member.getValue(), false);
                if (coerced != member.getValue()) {
                    if (builder == null) {
                        builder = ScimJson.builders().createObjectBuilder(object);
                    }
                    builder.add(member.getKey(), coerced);
                }
            }
            return builder == null ? object : builder.build();
        }
        if (c.lenient() && value instanceof JsonString && def.subAttribute("value").isPresent()) {
            return ScimJson.builders().createObjectBuilder().add("value", value).build();
        }
        throw mismatch(c, def, "an object", value);
    }

    private static JsonValue bool(OperationContext c, Attribute def, JsonValue value) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE
                || value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value;
        }
        if (c.lenient() && value instanceof JsonString text) {
            String word = text.getString().trim().toLowerCase(Locale.ROOT);
            if (word.equals("true")) {
                return JsonValue.TRUE;
            }
            if (word.equals("false")) {
                return JsonValue.FALSE;
            }
        }
        throw mismatch(c, def, "a boolean", value);
    }

    private static JsonValue text(OperationContext c, Attribute def, JsonValue value) {
        if (value instanceof JsonString) {
            return value;
        }
        if (c.lenient() && value instanceof JsonObject object) {
            JsonValue inner = AttributeNames.get(object, "value");
            if (inner instanceof JsonString) {
                return inner;
            }
        }
        throw mismatch(c, def, "a string", value);
    }

    private static ScimException mismatch(OperationContext c, Attribute def, String expected, JsonValue value) {
        return c.error(ScimException.INVALID_VALUE, "'" + def.name() + "' is of type " + def.type().scimName()
                + " and needs " + expected + " but the value is " + kind(value));
    }

    /**
     * @param value a JSON value
     * @return a short description such as {@code the string "x"} or {@code an object}
     */
    static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string " + abbreviate(ScimJson.write(value));
            case NUMBER -> "the number " + abbreviate(value.toString());
            case TRUE, FALSE -> "the boolean " + value;
            case NULL -> "null";
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
