package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.Mutability;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Access to the elements of multi-valued attributes, the primary rule and mutability checks. */
final class Elements {

    private Elements() {
    }

    /**
     * The attribute's values as a working list. A single object where an array belongs (Zoom sends
     * {@code roles} and {@code groups} that way) is read as a one-element list.
     *
     * @param c         the operation
     * @param container the object holding the attribute
     * @param slot      the attribute
     * @return the list (stored back into the container), or {@code null} when the attribute is absent
     * @throws ScimException 400 {@code invalidPath} if the attribute holds a simple value
     */
    static List<Object> list(OperationContext c, WorkingObject container, Slot slot) {
        Object current = container.get(slot.name());
        if (current == null || (current instanceof JsonValue json && json.getValueType() == JsonValue.ValueType.NULL)) {
            return null;
        }
        List<Object> list = container.list(slot.name());
        if (list != null) {
            return list;
        }
        if (current instanceof JsonObject || current instanceof WorkingObject) {
            List<Object> wrapped = new ArrayList<>();
            wrapped.add(current);
            container.put(slot.name(), wrapped);
            return wrapped;
        }
        throw c.error(ScimException.INVALID_PATH, "'" + slot.name() + "' is not multi-valued, so a value filter cannot"
                + " select values of it");
    }

    /**
     * @param list  a working list
     * @param index an index into it
     * @return the element as a working object, converted in place
     */
    static WorkingObject workingElement(OperationContext c, Slot slot, List<Object> list, int index) {
        Object element = list.get(index);
        if (element instanceof WorkingObject working) {
            return working;
        }
        if (element instanceof JsonObject json) {
            WorkingObject working = WorkingObject.of(json);
            list.set(index, working);
            return working;
        }
        throw c.error(ScimException.INVALID_PATH, "the values of '" + slot.name() + "' are not complex, so they have no"
                + " sub-attribute '" + slot.subName() + "'");
    }

    /**
     * @param c      the operation
     * @param list   the elements
     * @param filter the filter
     * @param def    the attribute, or {@code null}
     * @return the indexes of the selected elements, ascending
     */
    static List<Integer> select(List<Object> list, ValueFilter filter, Attribute def) {
        List<Integer> selected = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (filter.matches(Values.elementObject(list.get(i)), def)) {
                selected.add(i);
            }
        }
        return selected;
    }

    /** Removes elements that are empty objects (all their sub-attributes removed). */
    static void dropEmpty(List<Object> list) {
        list.removeIf(element -> (element instanceof WorkingObject working && working.isEmpty())
                || (element instanceof JsonObject json && json.isEmpty()));
    }

    /**
     * RFC 7644 §3.5.2: setting {@code primary} to true on one value sets it to false on the others.
     *
     * @param c       the operation
     * @param label   the attribute, for messages
     * @param list    the elements after the change
     * @param touched the indexes the operation wrote
     * @throws ScimException 400 {@code invalidValue} if the operation made more than one value primary
     */
    static void enforceSinglePrimary(OperationContext c, String label, List<Object> list, List<Integer> touched) {
        int chosen = -1;
        for (int index : touched) {
            if (isPrimary(list.get(index))) {
                if (chosen >= 0) {
                    throw c.error(ScimException.INVALID_VALUE, "more than one value of '" + label
                            + "' has \"primary\": true");
                }
                chosen = index;
            }
        }
        if (chosen < 0) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (i != chosen && isPrimary(list.get(i))) {
                Object element = list.get(i);
                WorkingObject working = element instanceof WorkingObject w ? w : WorkingObject.of((JsonObject) element);
                working.put("primary", JsonValue.FALSE);
                list.set(i, working);
            }
        }
    }

    private static boolean isPrimary(Object element) {
        Object primary = element instanceof WorkingObject working ? working.get("primary")
                : element instanceof JsonObject json ? AttributeNames.get(json, "primary") : null;
        return primary == JsonValue.TRUE
                || (primary instanceof JsonValue value && value.getValueType() == JsonValue.ValueType.TRUE);
    }

    /**
     * Rejects a change that the attribute's mutability forbids (RFC 7643 §2.2): any write to a
     * readOnly attribute (lenient mode lets a value that is echoed unchanged pass) and any change to
     * an immutable attribute that already has a value.
     *
     * @param c      the operation
     * @param def    the (sub-)attribute, or {@code null}
     * @param name   the attribute's name, for messages
     * @param sub    the sub-attribute's name, or {@code null}
     * @param before its value before, or {@code null}
     * @param after  its value after, or {@code null} when removed
     * @throws ScimException 400 {@code mutability}
     */
    static void checkMutability(OperationContext c, Attribute def, String name, String sub, Object before,
                                Object after) {
        if (def == null) {
            return;
        }
        Mutability mutability = def.mutability();
        if (mutability == Mutability.READ_ONLY) {
            if (!c.lenient() || !Values.same(def, before, after)) {
                throw c.error(ScimException.MUTABILITY, "'" + (sub == null ? name : name + "." + sub) + "' is readOnly");
            }
        } else if (mutability == Mutability.IMMUTABLE && before != null && !Values.same(def, before, after)) {
            throw c.error(ScimException.MUTABILITY, "'" + (sub == null ? name : name + "." + sub)
                    + "' is immutable and already has a value");
        }
    }

    /**
     * @param def     the (sub-)attribute, or {@code null}
     * @param current its current working value, or {@code null}
     * @return an immutable copy of the value when {@link #checkMutability} will need it, else {@code null}
     */
    static Object snapshot(Attribute def, Object current) {
        if (def == null || current == null) {
            return null;
        }
        Mutability mutability = def.mutability();
        return mutability == Mutability.READ_ONLY || mutability == Mutability.IMMUTABLE ? Values.json(current) : null;
    }

    /**
     * @param value a multi-valued attribute's new value (an array, or a single value)
     * @return the elements as a fresh working list
     */
    static List<Object> asList(JsonValue value) {
        List<Object> list = new ArrayList<>();
        if (value instanceof JsonArray array) {
            list.addAll(array);
        } else {
            list.add(value);
        }
        return list;
    }
}
