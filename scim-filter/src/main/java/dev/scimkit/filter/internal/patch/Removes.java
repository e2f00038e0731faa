package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * {@code remove} (RFC 7644 §3.5.2.2) on one resolved target.
 *
 * <ul>
 *   <li>An absent attribute or sub-attribute: nothing happens.</li>
 *   <li>{@code attr[filter]}: the selected values are removed; {@code attr[filter].sub} removes the
 *       sub-attribute of the selected values. A filter that selects nothing is {@code noTarget}.</li>
 *   <li>Lenient mode also accepts Entra's {@code {"op":"Remove","path":"members","value":[{"value":"id"}]}}:
 *       the listed values are removed, matched on their {@code value} sub-attribute.</li>
 *   <li>A complex value, multi-valued attribute or extension left empty is removed altogether.</li>
 * </ul>
 */
final class Removes {

    private Removes() {
    }

    static void remove(OperationContext c, SchemaView view, WorkingObject root, ParsedPath path, JsonValue value) {
        Slot slot = view.resolve(c, path);
        WorkingObject container = Extensions.container(c, view, root, slot.extensionUrn(), false);
        if (container == null) {
            if (path.filter() != null) {
                throw noMatch(c, slot, path.filter());
            }
            return;
        }
        boolean listed = value != null && value.getValueType() != JsonValue.ValueType.NULL;
        if (path.filter() != null) {
            filtered(c, container, slot, path.filter());
        } else if (listed && slot.subName() == null) {
            if (!c.lenient()) {
                throw c.error(ScimException.INVALID_VALUE, "remove takes no value; select the values to remove with a"
                        + " filter such as " + slot.name() + "[value eq \"...\"]");
            }
            listedValues(c, container, slot, value);
        } else if (slot.subName() != null) {
            subAttribute(c, container, slot);
        } else {
            Object before = container.get(slot.name());
            if (before != null) {
                Elements.checkMutability(c, slot.attribute(), slot.name(), null, Values.json(before), null);
                container.remove(slot.name());
            }
        }
        Extensions.dropIfEmpty(root, slot.extensionUrn());
    }

    private static void filtered(OperationContext c, WorkingObject container, Slot slot, ValueFilter filter) {
        Attribute def = slot.attribute();
        if (def != null && !def.multiValued()) {
            throw c.error(ScimException.INVALID_PATH, "'" + slot.name() + "' is not multi-valued, so a value filter"
                    + " cannot select values of it");
        }
        Object beforeJson = Elements.snapshot(def, container.get(slot.name()));
        List<Object> list = Elements.list(c, container, slot);
        List<Integer> selected = list == null ? List.of() : Elements.select(list, filter, def);
        if (selected.isEmpty()) {
            throw noMatch(c, slot, filter);
        }
        for (int i = selected.size() - 1; i >= 0; i--) {
            int index = selected.get(i);
            if (slot.subName() == null) {
                list.remove(index);
            } else {
                removeSub(c, slot, Elements.workingElement(c, slot, list, index));
            }
        }
        Elements.dropEmpty(list);
        store(c, container, slot, beforeJson, list);
    }

    private static void listedValues(OperationContext c, WorkingObject container, Slot slot, JsonValue value) {
        Attribute def = slot.attribute();
        Object current = container.get(slot.name());
        if (current == null) {
            return;
        }
        boolean multi = def != null ? def.multiValued() : current instanceof JsonArray || current instanceof List<?>;
        if (!multi) {
            Elements.checkMutability(c, def, slot.name(), null, Values.json(current), null);
            container.remove(slot.name());
            return;
        }
        Object beforeJson = Elements.snapshot(def, current);
        List<Object> list = Elements.list(c, container, slot);
        for (Object item : Elements.asList(value)) {
            list.removeIf(element -> sameListed(def, element, item));
        }
        store(c, container, slot, beforeJson, list);
    }

    /** A listed value matches an element by its {@code value} sub-attribute when it has one, else whole. */
    private static boolean sameListed(Attribute def, Object element, Object item) {
        JsonValue itemJson = Values.json(item);
        if (itemJson instanceof JsonObject listed) {
            JsonValue key = AttributeNames.get(listed, "value");
            JsonValue elementJson = Values.json(element);
            if (key != null && elementJson instanceof JsonObject object) {
                JsonValue elementKey = AttributeNames.get(object, "value");
                return elementKey != null && Values.same(Values.sub(def, "value"), elementKey, key);
            }
        }
        return Values.same(def, element, itemJson);
    }

    private static void subAttribute(OperationContext c, WorkingObject container, Slot slot) {
        Attribute def = slot.attribute();
        Object current = container.get(slot.name());
        if (current == null) {
            return;
        }
        Object beforeJson = Elements.snapshot(def, current);
        if (current instanceof JsonArray || current instanceof List<?>) {
            List<Object> list = Elements.list(c, container, slot);
            for (int i = 0; i < list.size(); i++) {
                removeSub(c, slot, Elements.workingElement(c, slot, list, i));
            }
            Elements.dropEmpty(list);
            store(c, container, slot, beforeJson, list);
            return;
        }
        WorkingObject object = container.object(slot.name());
        if (object == null) {
            throw c.error(ScimException.INVALID_PATH, "'" + slot.name() + "' holds a simple value, so it has no"
                    + " sub-attribute '" + slot.subName() + "'");
        }
        removeSub(c, slot, object);
        Elements.checkMutability(c, def, slot.name(), null, beforeJson, object.isEmpty() ? null : object);
        if (object.isEmpty()) {
            container.remove(slot.name());
        }
    }

    private static void removeSub(OperationContext c, Slot slot, WorkingObject element) {
        Object before = element.get(slot.subName());
        if (before != null) {
            Elements.checkMutability(c, slot.subAttribute(), slot.name(), slot.subName(), before, null);
            element.remove(slot.subName());
        }
    }

    private static void store(OperationContext c, WorkingObject container, Slot slot, Object beforeJson,
                              List<Object> list) {
        Elements.checkMutability(c, slot.attribute(), slot.name(), null, beforeJson, list.isEmpty() ? null : list);
        if (list.isEmpty()) {
            container.remove(slot.name());
        }
    }

    private static ScimException noMatch(OperationContext c, Slot slot, ValueFilter filter) {
        return c.error(ScimException.NO_TARGET, "no value of '" + slot.name() + "' matches [" + filter.text() + "]");
    }
}
