package dev.scimkit.client.provisioning;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Shared conversions for {@link Transform}'s factories. */
final class Transforms {

    private Transforms() {
    }

    static JsonValue toBoolean(JsonValue value) {
        switch (value.getValueType()) {
            case TRUE:
            case FALSE:
                return value;
            case NUMBER:
                if (value instanceof JsonNumber number && number.isIntegral()) {
                    long n = number.longValueExact();
                    if (n == 0 || n == 1) {
                        return n == 1 ? JsonValue.TRUE : JsonValue.FALSE;
                    }
                }
                break;
            case STRING:
                String text = ((JsonString) value).getString().strip();
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equals("1")) {
                    return JsonValue.TRUE;
                }
                if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no") || text.equals("0")) {
                    return JsonValue.FALSE;
                }
                break;
            default:
                break;
        }
        throw ScimException.invalidValue("cannot read " + ScimJson.write(value) + " as a boolean");
    }

    static String text(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : value.toString();
    }
}
