package dev.scimkit.core;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An immutable RFC 7644 §3.5.2 PatchOp message.
 *
 * <p>{@link #fromJson} reads what real identity providers send: op names in any case, the
 * {@code Operations} member in any case (attribute names are case-insensitive, RFC 7643 §2.1), and
 * a {@code schemas} member that is missing or wrong (Zoom does not check it). {@link #toJson}
 * always writes the canonical form.
 *
 * @param operations the operations, applied in order and atomically
 */
public record PatchRequest(List<PatchOperation> operations) {

    /** The PatchOp message schema URN. */
    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    /** Checks nulls and copies the list. */
    public PatchRequest {
        operations = List.copyOf(Objects.requireNonNull(operations, "operations is null"));
    }

    /**
     * @param operations the operations
     * @return a request of these operations
     */
    public static PatchRequest of(PatchOperation... operations) {
        return new PatchRequest(List.of(operations));
    }

    /** @return a builder for a request */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a PatchOp message.
     *
     * @param json the message
     * @return the request
     * @throws ScimException 400 {@code invalidSyntax} naming the member that is wrong
     */
    public static PatchRequest fromJson(JsonObject json) {
        Objects.requireNonNull(json, "json is null");
        JsonValue ops = AttributeNames.get(json, "Operations");
        if (ops == null || ops.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ScimException.invalidSyntax("PatchOp message needs an \"Operations\" array");
        }
        List<PatchOperation> operations = new ArrayList<>();
        int index = 0;
        for (JsonValue item : ops.asJsonArray()) {
            String where = "Operations[" + index + "]";
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ScimException.invalidSyntax(where + " must be an object");
            }
            JsonObject op = item.asJsonObject();
            JsonValue name = AttributeNames.get(op, "op");
            if (!(name instanceof JsonString opName)) {
                throw ScimException.invalidSyntax(where + " needs a string \"op\"");
            }
            PatchOperation.Op kind;
            try {
                kind = PatchOperation.Op.parse(opName.getString());
            } catch (ScimException e) {
                throw ScimException.invalidSyntax(where + ": " + e.detail());
            }
            JsonValue path = AttributeNames.get(op, "path");
            String pathText = null;
            if (path instanceof JsonString p) {
                pathText = p.getString();
            } else if (path != null && path != JsonValue.NULL) {
                throw ScimException.invalidSyntax(where + ".path must be a string");
            }
            JsonValue value = AttributeNames.get(op, "value");
            if (kind != PatchOperation.Op.REMOVE && value == null) {
                throw ScimException.invalidSyntax(where + " (" + kind.wireName() + ") needs a \"value\"");
            }
            operations.add(new PatchOperation(kind, pathText, value));
            index++;
        }
        return new PatchRequest(operations);
    }

    /** @return the canonical PatchOp message */
    public JsonObject toJson() {
        JsonArrayBuilder ops = ScimJson.builders().createArrayBuilder();
        for (PatchOperation operation : operations) {
            JsonObjectBuilder op = ScimJson.builders().createObjectBuilder().add("op", operation.op().wireName());
            if (operation.path() != null) {
                op.add("path", operation.path());
            }
            if (operation.value() != null) {
                op.add("value", operation.value());
            }
            ops.add(op);
        }
        return ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add(SCHEMA))
                .add("Operations", ops)
                .build();
    }

    /** Builds a {@link PatchRequest}. Not thread-safe. */
    public static final class Builder {
        private final List<PatchOperation> operations = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param path  the path, or {@code null} for a path-less add
         * @param value the value
         * @return this
         */
        public Builder add(String path, JsonValue value) {
            operations.add(PatchOperation.add(path, value));
            return this;
        }

        /**
         * @param path  the path, or {@code null} for a path-less replace
         * @param value the value
         * @return this
         */
        public Builder replace(String path, JsonValue value) {
            operations.add(PatchOperation.replace(path, value));
            return this;
        }

        /**
         * @param path the path
         * @return this
         */
        public Builder remove(String path) {
            operations.add(PatchOperation.remove(path));
            return this;
        }

        /**
         * @param operation an operation
         * @return this
         */
        public Builder operation(PatchOperation operation) {
            operations.add(Objects.requireNonNull(operation, "operation is null"));
            return this;
        }

        /** @return the request */
        public PatchRequest build() {
            return new PatchRequest(operations);
        }
    }
}
