package dev.scimkit.client.internal;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Renders a body for TRACE logs with secret-bearing members replaced by {@code "***"}. */
public final class BodyRedactor {

    private static final List<String> SECRET_NAMES = List.of("password", "access_token", "refresh_token",
            "id_token", "client_secret", "token", "secret", "authorization", "apiKey", "api_key");
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
                JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
                for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
                    out.add(member.getKey(), isSecret(member.getKey())
                            ? ScimJson.provider().createValue("***") : mask(member.getValue()));
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

    private static boolean isSecret(String name) {
        for (String secret : SECRET_NAMES) {
            if (AttributeNames.same(secret, name)) {
                return true;
            }
        }
        return false;
    }
}
