package dev.scimkit.client.internal;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a body for TRACE logs with every secret value replaced by {@code "***"}, by what the value
 * means rather than where it sits:
 * <ul>
 *   <li>a member whose name is a secret attribute, in any case and also when URN-qualified
 *       ({@code password}, {@code urn:…:core:2.0:User:password}, {@code client_secret}, …);</li>
 *   <li>the {@code value} of a PATCH operation whose {@code path} names one
 *       ({@code {"op":"replace","path":"password","value":"…"}}), whatever the value's shape;</li>
 *   <li>inside a path-less operation's value object, by the first rule.</li>
 * </ul>
 * A secret attribute is one whose name contains {@code password}, {@code secret}, {@code token} or
 * {@code apikey}/{@code api_key}, or is {@code authorization}: SCIM's {@code password} (RFC 7643
 * §4.1.1, never returned) and OAuth's credentials. Masking a harmless value by mistake costs a log
 * line; missing a secret leaks it. A body that is not JSON is never logged, only its size.
 */
public final class BodyRedactor {

    private static final List<String> SECRET_PARTS = List.of("password", "secret", "token", "apikey", "api_key",
            "passwd");
    private static final String MASK = "***";
    private static final JsonLimits LIMITS = JsonLimits.defaults().withMaxDepth(32);

    private BodyRedactor() {
    }

    /**
     * @param body the body bytes, possibly empty or {@code null}
     * @return JSON with secrets masked, or a placeholder naming the size of a non-JSON body
     */
    public static String redact(byte[] body) {
        if (body == null || body.length == 0) {
            return "(no body)";
        }
        try {
            return ScimJson.write(mask(ScimJson.parse(body, LIMITS)));
        } catch (ScimException notJson) {
            return "(" + body.length + " bytes, not JSON: not logged)";
        }
    }

    private static JsonValue mask(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                boolean secretOperation = isSecretOperation(object);
                JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
                for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                    boolean secret = isSecretName(member.getKey())
                            || (secretOperation && AttributeNames.same("value", member.getKey()));
                    out.add(member.getKey(), secret ? ScimJson.provider().createValue(MASK) : mask(member.getValue()));
                }
                return out.build();
            }
            case ARRAY -> {
                JsonArrayBuilder out = ScimJson.builders().createArrayBuilder();
                for (JsonValue item : value.asJsonArray()) {
                    out.add(mask(item));
                }
                return out.build();
            }
            default -> {
                return value;
            }
        }
    }

    /** @return whether the object is a PATCH operation ({@code op} and {@code path}) whose path names a secret */
    private static boolean isSecretOperation(JsonObject object) {
        if (!(AttributeNames.get(object, "op") instanceof JsonString)) {
            return false;
        }
        return AttributeNames.get(object, "path") instanceof JsonString path && mentionsSecret(path.getString());
    }

    /** A path mentions a secret when any of its names does (schema URN, attribute, sub-attribute, filter). */
    private static boolean mentionsSecret(String path) {
        for (String part : path.split("[^A-Za-z0-9_$-]+")) {
            if (isSecretName(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("authorization")) {
            return true;
        }
        // a URN-qualified or dotted name is judged by what it contains, so the prefix cannot hide it
        for (String part : SECRET_PARTS) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
