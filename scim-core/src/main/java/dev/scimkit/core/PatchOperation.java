package dev.scimkit.core;

import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * One operation of a {@link PatchRequest} (RFC 7644 §3.5.2).
 *
 * <p>The path is kept as text; it is parsed and checked by scim-filter's {@code PatchPath}, the
 * single source of truth for path syntax.
 *
 * @param op    the operation
 * @param path  the target path, or {@code null} for a path-less operation
 * @param value the value, or {@code null} (required for add and replace, optional for remove)
 */
public record PatchOperation(Op op, String path, JsonValue value) {

    /** Checks nulls. */
    public PatchOperation {
        Objects.requireNonNull(op, "op is null");
    }

    /**
     * @param path  the path, or {@code null}
     * @param value the value to add
     * @return an {@code add} operation
     */
    public static PatchOperation add(String path, JsonValue value) {
        return new PatchOperation(Op.ADD, path, Objects.requireNonNull(value, "value is null"));
    }

    /**
     * @param path  the path, or {@code null}
     * @param value the replacement value
     * @return a {@code replace} operation
     */
    public static PatchOperation replace(String path, JsonValue value) {
        return new PatchOperation(Op.REPLACE, path, Objects.requireNonNull(value, "value is null"));
    }

    /**
     * @param path the path to remove
     * @return a {@code remove} operation
     */
    public static PatchOperation remove(String path) {
        return new PatchOperation(Op.REMOVE, Objects.requireNonNull(path, "path is null"), null);
    }

    /** The three PATCH operations; read case-insensitively (Entra sends {@code "Replace"}). */
    public enum Op {
        /** {@code add} */
        ADD,
        /** {@code remove} */
        REMOVE,
        /** {@code replace} */
        REPLACE;

        /** @return the lower-case wire name */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * @param text an op name in any case
         * @return the op
         * @throws ScimException 400 {@code invalidSyntax} if it is not add, remove or replace
         */
        public static Op parse(String text) {
            for (Op op : values()) {
                if (op.name().equalsIgnoreCase(text)) {
                    return op;
                }
            }
            throw ScimException.invalidSyntax("unknown PATCH op '" + text + "'; expecting add, remove or replace");
        }
    }
}
