package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.Attribute;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code add} and {@code replace} (RFC 7644 §3.5.2.1 and §3.5.2.3) on one resolved target.
 *
 * <ul>
 *   <li>Simple attribute: the value is set.</li>
 *   <li>Complex attribute: the value's sub-attributes are merged in; others are left unchanged.</li>
 *   <li>Multi-valued attribute: {@code add} appends the values not already present;
 *       {@code replace} replaces the whole set.</li>
 *   <li>{@code attr[filter]}: {@code replace} replaces the selected values, {@code add} merges into
 *       them; {@code attr[filter].sub} sets the sub-attribute of the selected values. When nothing
 *       matches, {@code replace} fails with {@code noTarget} and {@code add} creates the value the
 *       filter describes ({@code emails[type eq "work"].value} as Entra sends it).</li>
 *   <li>{@code null} or an empty array unassigns the target (RFC 7643 §2.5).</li>
 * </ul>
 */
final class Writes {

    private Writes() {
    }

    static void write(OperationContext c, SchemaView view, WorkingObject root, ParsedPath path, JsonValue value) {
        Slot slot = view.resolve(c, path);
        WorkingObject container = Extensions.container(c, view, root, slot.extensionUrn(), true);
        if (path.filter() != null) {
            filtered(c, container, slot, path.filter(), value);
        } else if (slot.subName() != null) {
            subAttribute(c, container, slot, value);
        } else {
            attribute(c, container, slot, value);
        }
        Extensions.dropIfEmpty(root, slot.extensionUrn());
    }

    private static void attribute(OperationContext c, WorkingObject container, Slot slot, JsonValue raw) {
        Attribute def = slot.attribute();
        Object current = container.get(slot.name());
        Object before = Elements.snapshot(def, current);
        JsonValue value = ValueCoercer.coerce(c, def, raw, false);
        if (Values.unassigned(value)) {
            if (c.op() == PatchOperation.Op.REPLACE && current != null) {
                Elements.checkMutability(c, def, slot.name(), null, before, null);
                container.remove(slot.name());
            }
            return;
        }
        boolean multi = def != null ? def.multiValued()
                : value instanceof JsonArray || current instanceof JsonArray || current instanceof List<?>;
        if (multi) {
            multiValued(c, container, slot, before, value);
        } else if (def != null ? def.isComplex() : value instanceof JsonObject && isObject(current)) {
            complex(c, container, slot, before, value);
        } else {
            Elements.checkMutability(c, def, slot.name(), null, before, value);
            container.put(slot.name(), value);
        }
    }

    private static void multiValued(OperationContext c, WorkingObject container, Slot slot, Object before,
                                    JsonValue value) {
        Attribute def = slot.attribute();
        List<Object> list;
        List<Integer> touched = new ArrayList<>();
        if (c.op() == PatchOperation.Op.REPLACE) {
            list = Elements.asList(value);
            for (int i = 0; i < list.size(); i++) {
                touched.add(i);
            }
        } else {
            List<Object> current = Elements.list(c, container, slot);
            list = current == null ? new ArrayList<>() : current;
            for (Object item : Elements.asList(value)) {
                if (!Values.contains(def, list, item)) {
                    list.add(item);
                    touched.add(list.size() - 1);
                }
            }
        }
        Elements.enforceSinglePrimary(c, slot.name(), list, touched);
        Elements.checkMutability(c, def, slot.name(), null, before, list);
        if (list.isEmpty()) {
            container.remove(slot.name());
        } else {
            container.put(slot.name(), list);
        }
    }

    private static void complex(OperationContext c, WorkingObject container, Slot slot, Object before,
                                JsonValue value) {
        Attribute def = slot.attribute();
        WorkingObject object = container.object(slot.name());
        if (object == null) {
            object = WorkingObject.empty();
        }
        for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
            Attribute sub = Values.sub(def, member.getKey());
            Elements.checkMutability(c, sub, slot.name(), member.getKey(), object.get(member.getKey()),
                    Values.unassigned(member.getValue()) ? null : member.getValue());
            if (Values.unassigned(member.getValue())) {
                object.remove(member.getKey());
            } else {
                object.put(Values.subName(def, member.getKey()), member.getValue());
            }
        }
        Elements.checkMutability(c, def, slot.name(), null, before, object.isEmpty() ? null : object);
        if (object.isEmpty()) {
            container.remove(slot.name());
        } else {
            container.put(slot.name(), object);
        }
    }

    private static void subAttribute(OperationContext c, WorkingObject container, Slot slot, JsonValue raw) {
        Attribute def = slot.attribute();
        JsonValue value = ValueCoercer.coerce(c, slot.subAttribute(), raw, false);
        Object before = container.get(slot.name());
        Object beforeJson = Elements.snapshot(def, before);
        boolean multi = def != null ? def.multiValued() : before instanceof JsonArray || before instanceof List<?>;
        if (multi) {
            List<Object> list = Elements.list(c, container, slot);
            List<Integer> touched = new ArrayList<>();
            if (list == null || list.isEmpty()) {
                if (Values.unassigned(value)) {
                    return;
                }
                list = new ArrayList<>();
                WorkingObject element = WorkingObject.empty();
                element.put(slot.subName(), value);
                list.add(element);
                touched.add(0);
            } else {
                for (int i = 0; i < list.size(); i++) {
                    setSub(c, slot, Elements.workingElement(c, slot, list, i), value);
                    touched.add(i);
                }
            }
            Elements.enforceSinglePrimary(c, slot.name(), list, touched);
            Elements.dropEmpty(list);
            store(c, container, slot, beforeJson, list, list.isEmpty());
            return;
        }
        WorkingObject object = container.object(slot.name());
        if (object == null) {
            if (before != null && !(before instanceof JsonValue json && json.getValueType() == JsonValue.ValueType.NULL)) {
                throw c.error(ScimException.INVALID_PATH, "'" + slot.name() + "' holds a simple value, so it has no"
                        + " sub-attribute '" + slot.subName() + "'");
            }
            if (Values.unassigned(value)) {
                return;
            }
            object = WorkingObject.empty();
        }
        setSub(c, slot, object, value);
        store(c, container, slot, beforeJson, object, object.isEmpty());
    }

    private static void filtered(OperationContext c, WorkingObject container, Slot slot, ValueFilter filter,
                                 JsonValue raw) {
        Attribute def = slot.attribute();
        if (def != null && !def.multiValued()) {
            throw c.error(ScimException.INVALID_PATH, "'" + slot.name() + "' is not multi-valued, so a value filter"
                    + " cannot select values of it");
        }
        boolean sub = slot.subName() != null;
        JsonValue value = sub ? ValueCoercer.coerce(c, slot.subAttribute(), raw, false)
                : ValueCoercer.coerce(c, def, raw, true);
        Object beforeJson = Elements.snapshot(def, container.get(slot.name()));
        List<Object> list = Elements.list(c, container, slot);
        if (list == null) {
            list = new ArrayList<>();
        }
        List<Integer> selected = Elements.select(list, filter, def);
        List<Integer> touched = new ArrayList<>();
        if (selected.isEmpty()) {
            if (c.op() == PatchOperation.Op.REPLACE || filter.equalities().isEmpty()) {
                throw c.error(ScimException.NO_TARGET, "no value of '" + slot.name() + "' matches ["
                        + filter.text() + "]");
            }
            if (Values.unassigned(value)) {
                return;
            }
            WorkingObject element = WorkingObject.empty();
            for (Map.Entry<String, JsonValue> pinned : filter.equalities().entrySet()) {
                element.put(Values.subName(def, pinned.getKey()), pinned.getValue());
            }
            mergeOrSet(c, slot, element, value);
            list.add(element);
            touched.add(list.size() - 1);
        } else {
            for (int i = selected.size() - 1; i >= 0; i--) {
                int index = selected.get(i);
                if (!sub && c.op() == PatchOperation.Op.REPLACE) {
                    if (Values.unassigned(value)) {
                        list.remove(index);
                        touched.replaceAll(t -> t > index ? t - 1 : t);
                        continue;
                    }
                    list.set(index, value);
                } else {
                    mergeOrSet(c, slot, Elements.workingElement(c, slot, list, index), value);
                }
                touched.add(index);
            }
        }
        Elements.enforceSinglePrimary(c, slot.name(), list, touched);
        Elements.dropEmpty(list);
        store(c, container, slot, beforeJson, list, list.isEmpty());
    }

    /** In a selected element: sets the path's sub-attribute, or merges an object value. */
    private static void mergeOrSet(OperationContext c, Slot slot, WorkingObject element, JsonValue value) {
        if (slot.subName() != null) {
            setSub(c, slot, element, value);
            return;
        }
        if (!(value instanceof JsonObject object)) {
            throw c.error(ScimException.INVALID_VALUE, "the values of '" + slot.name() + "' are complex; the value must"
                    + " be an object but was " + ValueCoercer.kind(value));
        }
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            Attribute subDef = Values.sub(slot.attribute(), member.getKey());
            Elements.checkMutability(c, subDef, slot.name(), member.getKey(), element.get(member.getKey()),
                    Values.unassigned(member.getValue()) ? null : member.getValue());
            if (Values.unassigned(member.getValue())) {
                element.remove(member.getKey());
            } else {
                element.put(Values.subName(slot.attribute(), member.getKey()), member.getValue());
            }
        }
    }

    private static void setSub(OperationContext c, Slot slot, WorkingObject element, JsonValue value) {
        Object before = element.get(slot.subName());
        boolean unassign = Values.unassigned(value);
        Elements.checkMutability(c, slot.subAttribute(), slot.name(), slot.subName(), before, unassign ? null : value);
        if (unassign) {
            element.remove(slot.subName());
        } else {
            element.put(slot.subName(), value);
        }
    }

    private static void store(OperationContext c, WorkingObject container, Slot slot, Object beforeJson,
                              Object after, boolean empty) {
        Elements.checkMutability(c, slot.attribute(), slot.name(), null, beforeJson, empty ? null : after);
        if (empty) {
            container.remove(slot.name());
        } else {
            container.put(slot.name(), after);
        }
    }

    private static boolean isObject(Object value) {
        return value instanceof JsonObject || value instanceof WorkingObject;
    }
}
