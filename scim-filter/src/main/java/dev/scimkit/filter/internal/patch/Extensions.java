package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Extension objects (members named by a schema URN) and their listing in {@code schemas}. */
final class Extensions {

    private Extensions() {
    }

    /**
     * The object that holds a slot's attribute.
     *
     * @param c      the operation
     * @param view   the schema view
     * @param root   the resource
     * @param urn    the extension URN, or {@code null} for the resource itself
     * @param create whether to create a missing extension object (and list its URN in {@code schemas})
     * @return the container, or {@code null} if absent and not created
     */
    static WorkingObject container(OperationContext c, SchemaView view, WorkingObject root, String urn, boolean create) {
        if (urn == null) {
            return root;
        }
        String key = root.findKey(urn);
        if (key != null) {
            WorkingObject extension = root.object(key);
            if (extension != null) {
                return extension;
            }
            Object current = root.get(key);
            if (!(current instanceof JsonValue json && json.getValueType() == JsonValue.ValueType.NULL)) {
                throw c.error(ScimException.INVALID_VALUE, "the extension member '" + urn + "' is not an object");
            }
        }
        if (!create) {
            return null;
        }
        String canonical = key != null ? key : view.canonicalUrn(urn);
        WorkingObject extension = WorkingObject.empty();
        root.put(canonical, extension);
        listSchema(view, root, canonical);
        return extension;
    }

    /**
     * Removes an extension object that no longer has members, and its URN from {@code schemas}.
     *
     * @param root the resource
     * @param urn  the extension URN, or {@code null} (nothing to do)
     */
    static void dropIfEmpty(WorkingObject root, String urn) {
        if (urn == null) {
            return;
        }
        WorkingObject extension = root.object(urn);
        if (extension == null || !extension.isEmpty()) {
            return;
        }
        root.remove(urn);
        List<Object> schemas = root.list("schemas");
        if (schemas != null) {
            schemas.removeIf(value -> value instanceof JsonString text && AttributeNames.same(text.getString(), urn));
        }
    }

    private static void listSchema(SchemaView view, WorkingObject root, String urn) {
        List<Object> schemas = root.list("schemas");
        if (schemas == null) {
            schemas = new ArrayList<>();
            Object single = root.get("schemas");
            if (single instanceof JsonString text) {
                schemas.add(text);      // Zoom has been seen to send "schemas" as one string
            } else if (view.coreSchema() != null) {
                schemas.add(jsonString(view.coreSchema()));
            }
            root.put("schemas", schemas);
        }
        for (Object value : schemas) {
            if (value instanceof JsonString text && AttributeNames.same(text.getString(), urn)) {
                return;
            }
        }
        schemas.add(jsonString(urn));
    }

    private static JsonString jsonString(String text) {
        return dev.scimkit.core.json.ScimJson.provider().createValue(text);
    }
}
