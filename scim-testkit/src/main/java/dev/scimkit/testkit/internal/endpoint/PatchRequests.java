package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.filter.Patch;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads PATCH bodies per profile and applies them with scim-filter's PATCH engine.
 *
 * <p>ZOOM: the body must hold an {@code Operations} array under exactly that key (Zoom answers
 * 400 "The request json did not contains valid active field." to {@code operations} or a missing
 * array), {@code schemas} is not checked, and the engine runs lenient (Entra's {@code "Replace"},
 * {@code "False"}, dotted keys). SCIM: {@code schemas} must name the PatchOp message and the engine
 * runs strict (RFC 7644 shapes only).
 */
final class PatchRequests {

    /** Zoom's message for a PATCH body without a usable {@code Operations} array. */
    static final String ZOOM_NO_OPERATIONS = "The request json did not contains valid active field.";

    private static final Patch.Options ZOOM_OPTIONS = Patch.Options.defaults();
    private static final Patch.Options SCIM_OPTIONS = Patch.Options.strict();

    private PatchRequests() {
    }

    static PatchRequest read(JsonObject body, boolean zoom) {
        if (zoom) {
            if (!(body.get("Operations") instanceof JsonArray)) {
                throw new ScimException(400, null, ZOOM_NO_OPERATIONS);
            }
        } else if (!namesPatchOp(body)) {
            throw ScimException.invalidValue("a PATCH request needs \"schemas\": [\"" + PatchRequest.SCHEMA + "\"]");
        }
        return PatchRequest.fromJson(body);
    }

    /** Group PATCH: ZOOM reads the {@code Operations} member in any case; SCIM as for users. */
    static PatchRequest readGroupPatch(JsonObject body, boolean zoom) {
        return zoom ? PatchRequest.fromJson(body) : read(body, false);
    }

    static JsonObject apply(JsonObject resource, PatchRequest request, boolean zoom) {
        return Patch.apply(resource, request, zoom ? ZOOM_OPTIONS : SCIM_OPTIONS);
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
