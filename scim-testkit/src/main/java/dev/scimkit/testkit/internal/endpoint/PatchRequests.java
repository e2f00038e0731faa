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
 *
 * <p>Every dialect refuses a request of more than {@link #MAX_OPERATIONS} operations with 413 before
 * evaluating any, as RFC 7644 §3.7.4 has a service refuse a bulk request over its
 * {@code bulk.maxOperations}; the SCIM profile advertises the cap as {@code patch.maxOperations} in its
 * ServiceProviderConfig.
 */
final class PatchRequests {

    /**
     * The most operations one PATCH request may carry: the {@code bulk.maxOperations} of RFC 7643 §8.5's example.
     * Identity providers send a handful (Entra ID one per changed attribute, Okta one per membership batch,
     * however many members it holds).
     */
    static final int MAX_OPERATIONS = 1000;

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
        checkOperationCount(body);
        return PatchRequest.fromJson(body);
    }

    static JsonObject apply(JsonObject resource, PatchRequest request, Dialect dialect) {
        return Patch.apply(resource, request, dialect.lenientRequests() ? LENIENT : STRICT);
    }

    /** Refuses a request over the operation cap before any operation is read or applied. */
    private static void checkOperationCount(JsonObject body) {
        if (AttributeNames.get(body, "Operations") instanceof JsonArray operations
                && operations.size() > MAX_OPERATIONS) {
            throw new ScimException(413, null, "A PATCH request may carry at most " + MAX_OPERATIONS
                    + " operations but this one has " + operations.size() + "; send the changes in several requests.");
        }
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
