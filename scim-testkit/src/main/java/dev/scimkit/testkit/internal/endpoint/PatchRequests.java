package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.ZoomError;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.filter.Patch;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads PATCH bodies by the dialect's facts and applies them with scim-filter's PATCH engine.
 *
 * <p>Where the dialect needs the exact {@code Operations} key on a user PATCH (Zoom), {@code operations}
 * or a missing array is {@link ZoomError#NO_OPERATIONS}; where it derives schemas (Zoom) the body's
 * {@code schemas} is not checked, otherwise it must name the PatchOp message. The engine runs lenient
 * (Entra's {@code "Replace"}, {@code "False"}, dotted keys) where the dialect takes identity providers'
 * shapes, strict (RFC 7644 shapes only) otherwise.
 */
final class PatchRequests {

    private static final Patch.Options LENIENT = Patch.Options.defaults();
    private static final Patch.Options STRICT = Patch.Options.strict();

    private PatchRequests() {
    }

    /** A user PATCH body. */
    static PatchRequest read(JsonObject body, Dialect dialect) {
        if (dialect.exactOperationsKey() && !(body.get("Operations") instanceof JsonArray)) {
            throw ZoomError.NO_OPERATIONS.exception();
        }
        return readGroupPatch(body, dialect);
    }

    /** A group PATCH body: the {@code Operations} member in any case. */
    static PatchRequest readGroupPatch(JsonObject body, Dialect dialect) {
        if (!dialect.derivesSchemas() && !namesPatchOp(body)) {
            throw ScimException.invalidValue("a PATCH request needs \"schemas\": [\"" + PatchRequest.SCHEMA + "\"]");
        }
        return PatchRequest.fromJson(body);
    }

    static JsonObject apply(JsonObject resource, PatchRequest request, Dialect dialect) {
        return Patch.apply(resource, request, dialect.lenientRequests() ? LENIENT : STRICT);
    }

    private static boolean namesPatchOp(JsonObject body) {
        if (AttributeNames.get(body, "schemas") instanceof JsonArray schemas) {
            for (JsonValue value : schemas) {
                if (value instanceof JsonString text && AttributeNames.same(text.getString(), PatchRequest.SCHEMA)) {
                    return true;
                }
            }
        }
        return false;
    }
}
