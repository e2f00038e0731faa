package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.Mutability;
import dev.scimkit.core.schema.ResolvedAttribute;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Computes a small {@link PatchRequest} that turns one resource into another.
 *
 * <ul>
 *   <li>A changed simple or multi-valued attribute is replaced; a new one added; a missing one removed.</li>
 *   <li>A changed complex attribute gets one {@code replace} with its changed sub-attributes (replace
 *       merges) and a {@code remove} per dropped sub-attribute.</li>
 *   <li>A multi-valued complex attribute whose values were only removed and appended is patched by
 *       element ({@code remove members[value eq "…"]}, {@code add members […]}) when that is smaller
 *       than replacing it whole.</li>
 *   <li>Extension attributes are addressed by URN-qualified paths
 *       ({@code urn:…:enterprise:2.0:User:department}); the engine creates and drops extension objects
 *       and keeps {@code schemas} in step.</li>
 *   <li>{@code meta} and attributes the schema marks readOnly ({@code id}, {@code groups}) are left out:
 *       a service would refuse to patch them.</li>
 * </ul>
 *
 * The result is checked by applying it with the engine; any attribute where the element-wise form
 * would not reproduce the target is replaced whole instead, so {@code apply(diff(a, b), a)} equals
 * {@code b} apart from {@code meta} and readOnly attributes.
 */
public final class PatchDiffer {

    private final SchemaRegistry registry;
    private final PatchEngine engine;

    /**
     * @param registry the schemas (to recognise readOnly attributes and extensions)
     * @param engine   the engine used to check the result
     */
    public PatchDiffer(SchemaRegistry registry, PatchEngine engine) {
        this.registry = Objects.requireNonNull(registry, "registry is null");
        this.engine = Objects.requireNonNull(engine, "engine is null");
    }

    /**
     * @param before the resource as it is
     * @param after  the resource as it should be
     * @return operations turning {@code before} into {@code after}; empty when they are equal
     * @throws ScimException 400 {@code invalidValue} if a member name cannot be addressed by a PATCH path
     */
    public PatchRequest diff(JsonObject before, JsonObject after) {
        Objects.requireNonNull(before, "before is null");
        Objects.requireNonNull(after, "after is null");
        ResourceType type = registry.resourceTypeOf(after).or(() -> registry.resourceTypeOf(before)).orElse(null);
        JsonObject from = writable(before, type);
        JsonObject to = writable(after, type);
        List<PatchOperation> operations = new ArrayList<>();
        List<PatchOperation> removals = new ArrayList<>();
        for (String name : names(from, to)) {
            if (AttributeNames.same(name, "schemas")) {
                continue;
            }
            JsonValue was = present(AttributeNames.get(from, name));
            JsonValue now = present(AttributeNames.get(to, name));
            if (isExtension(name, was, now)) {
                JsonObject wasObject = was == null ? JsonValue.EMPTY_JSON_OBJECT : was.asJsonObject();
                JsonObject nowObject = now == null ? JsonValue.EMPTY_JSON_OBJECT : now.asJsonObject();
                for (String member : names(wasObject, nowObject)) {
                    attribute(type, name, member, present(AttributeNames.get(wasObject, member)),
                            present(AttributeNames.get(nowObject, member)), operations, removals);
                }
            } else {
                attribute(type, null, name, was, now, operations, removals);
            }
        }
        removals.addAll(operations);
        return verified(before, to, type, new PatchRequest(removals));
    }

    private void attribute(ResourceType type, String urn, String name, JsonValue was, JsonValue now,
                           List<PatchOperation> operations, List<PatchOperation> removals) {
        if (Objects.equals(was, now)) {
            return;
        }
        String path = path(urn, name);
        if (now == null) {
            removals.add(PatchOperation.remove(path));
        } else if (was == null) {
            operations.add(PatchOperation.add(path, now));
        } else if (was instanceof JsonObject wasObject && now instanceof JsonObject nowObject) {
            complex(path, wasObject, nowObject, operations, removals);
        } else if (was instanceof JsonArray wasArray && now instanceof JsonArray nowArray
                && !elementWise(type, urn, name, path, wasArray, nowArray, operations, removals)) {
            operations.add(PatchOperation.replace(path, now));
        } else if (!(was instanceof JsonArray && now instanceof JsonArray)) {
            operations.add(PatchOperation.replace(path, now));
        }
    }

    private static void complex(String path, JsonObject was, JsonObject now, List<PatchOperation> operations,
                                List<PatchOperation> removals) {
        JsonObjectBuilder changed = ScimJson.builders().createObjectBuilder();
        List<String> dropped = new ArrayList<>();
        boolean any = false;
        for (String sub : names(was, now)) {
            JsonValue a = present(AttributeNames.get(was, sub));
            JsonValue b = present(AttributeNames.get(now, sub));
            if (b == null) {
                dropped.add(sub);
            } else if (!b.equals(a)) {
                changed.add(sub, b);
                any = true;
            }
        }
        if (dropped.size() > 1) {
            removals.add(PatchOperation.remove(path));
            operations.add(PatchOperation.add(path, now));
            return;
        }
        for (String sub : dropped) {
            removals.add(PatchOperation.remove(path + "." + requireName(sub)));
        }
        if (any) {
            operations.add(PatchOperation.replace(path, changed.build()));
        }
    }

    /**
     * Values only removed (each identified by a distinct string {@code value}) and appended: patch by
     * element when that is smaller than replacing the whole attribute.
     */
    private boolean elementWise(ResourceType type, String urn, String name, String path, JsonArray was,
                                JsonArray now, List<PatchOperation> operations, List<PatchOperation> removals) {
        List<JsonValue> kept = new ArrayList<>();
        List<JsonValue> removed = new ArrayList<>();
        for (JsonValue value : was) {
            (now.contains(value) ? kept : removed).add(value);
        }
        if (kept.size() > now.size() || !now.subList(0, kept.size()).equals(kept)) {
            return false;
        }
        List<JsonValue> added = now.subList(kept.size(), now.size());
        Set<String> removedKeys = new LinkedHashSet<>();
        for (JsonValue value : removed) {
            String key = valueKey(value);
            if (key == null) {
                return false;
            }
            removedKeys.add(key);
        }
        Set<String> keptKeys = new HashSet<>();
        for (JsonValue value : kept) {
            String key = valueKey(value);
            if (key != null) {
                keptKeys.add(key.toLowerCase(Locale.ROOT));
            }
        }
        List<PatchOperation> candidate = new ArrayList<>();
        for (String key : removedKeys) {
            if (keptKeys.contains(key.toLowerCase(Locale.ROOT))) {
                return false;
            }
            String filter = "value eq " + ScimJson.write(ScimJson.provider().createValue(key));
            candidate.add(PatchOperation.remove(path + "[" + filter + "]"));
        }
        if (!added.isEmpty()) {
            JsonArrayBuilder values = ScimJson.builders().createArrayBuilder();
            added.forEach(values::add);
            candidate.add(PatchOperation.add(path, values.build()));
        }
        int size = 0;
        for (PatchOperation operation : candidate) {
            size += operation.path().length() + (operation.value() == null ? 0 : ScimJson.write(operation.value()).length());
        }
        if (size >= path.length() + ScimJson.write(now).length()) {
            return false;
        }
        for (PatchOperation operation : candidate) {
            (operation.op() == PatchOperation.Op.REMOVE ? removals : operations).add(operation);
        }
        return true;
    }

    private static String valueKey(JsonValue element) {
        if (element instanceof JsonObject object && AttributeNames.get(object, "value") instanceof JsonString text) {
            return text.getString();
        }
        return null;
    }

    /**
     * Applies the request and, for any attribute where the element-wise form does not reproduce the
     * target, appends an operation that sets it whole; then brings {@code schemas} in line.
     */
    private PatchRequest verified(JsonObject before, JsonObject after, ResourceType type, PatchRequest request) {
        JsonObject result = writable(engine.apply(before, request), type);
        List<PatchOperation> fixes = new ArrayList<>();
        for (String name : names(result, after)) {
            if (AttributeNames.same(name, "schemas")) {
                continue;
            }
            JsonValue got = present(AttributeNames.get(result, name));
            JsonValue want = present(AttributeNames.get(after, name));
            if (Objects.equals(got, want)) {
                continue;
            }
            if (isExtension(name, got, want)) {
                JsonObject gotObject = got == null ? JsonValue.EMPTY_JSON_OBJECT : got.asJsonObject();
                JsonObject wantObject = want == null ? JsonValue.EMPTY_JSON_OBJECT : want.asJsonObject();
                for (String member : names(gotObject, wantObject)) {
                    fix(path(name, member), present(AttributeNames.get(gotObject, member)),
                            present(AttributeNames.get(wantObject, member)), fixes);
                }
            } else {
                fix(path(null, name), got, want, fixes);
            }
        }
        List<PatchOperation> all = new ArrayList<>(request.operations());
        all.addAll(fixes);
        JsonObject fixed = fixes.isEmpty() ? result : writable(engine.apply(before, new PatchRequest(all)), type);
        JsonValue gotSchemas = present(AttributeNames.get(fixed, "schemas"));
        JsonValue wantSchemas = present(AttributeNames.get(after, "schemas"));
        if (!Objects.equals(gotSchemas, wantSchemas)) {
            all.add(wantSchemas == null ? PatchOperation.remove("schemas") : PatchOperation.replace("schemas", wantSchemas));
        }
        return all.size() == request.operations().size() ? request : new PatchRequest(all);
    }

    private static void fix(String path, JsonValue got, JsonValue want, List<PatchOperation> fixes) {
        if (Objects.equals(got, want)) {
            return;
        }
        if (want == null) {
            fixes.add(PatchOperation.remove(path));
        } else if (want instanceof JsonObject && got != null) {
            fixes.add(PatchOperation.remove(path));
            fixes.add(PatchOperation.add(path, want));
        } else {
            fixes.add(PatchOperation.replace(path, want));
        }
    }

    /**
     * What a PATCH can change: the resource without {@code meta}, readOnly attributes ({@code id},
     * {@code groups}) and readOnly sub-attributes (such as {@code manager.displayName}). Without a
     * known resource type only {@code meta} and {@code id} are dropped.
     */
    private JsonObject writable(JsonObject resource, ResourceType type) {
        JsonObjectBuilder result = ScimJson.builders().createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : resource.entrySet()) {
            String name = member.getKey();
            JsonValue value = member.getValue();
            if (AttributeNames.same(name, "meta") || (type == null && AttributeNames.same(name, "id"))) {
                continue;
            }
            if (type != null && value instanceof JsonObject extension && isExtension(name, value, null)
                    && registry.schema(name).isPresent()) {
                JsonObjectBuilder kept = ScimJson.builders().createObjectBuilder();
                for (Map.Entry<String, JsonValue> inner : extension.entrySet()) {
                    Attribute def = definition(type, name, inner.getKey());
                    if (def == null || def.mutability() != Mutability.READ_ONLY) {
                        kept.add(inner.getKey(), withoutReadOnlySubs(def, inner.getValue()));
                    }
                }
                result.add(name, kept);
                continue;
            }
            Attribute def = type == null ? null : definition(type, null, name);
            if (def == null || def.mutability() != Mutability.READ_ONLY) {
                result.add(name, withoutReadOnlySubs(def, value));
            }
        }
        return result.build();
    }

    private Attribute definition(ResourceType type, String urn, String name) {
        Optional<ResolvedAttribute> resolved = registry.resolve(type, urn, name, null);
        return resolved.map(ResolvedAttribute::attribute).orElse(null);
    }

    private static JsonValue withoutReadOnlySubs(Attribute def, JsonValue value) {
        if (def == null || !def.isComplex() || def.subAttributes().stream()
                .noneMatch(sub -> sub.mutability() == Mutability.READ_ONLY)) {
            return value;
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder elements = ScimJson.builders().createArrayBuilder();
            for (JsonValue element : array) {
                elements.add(withoutReadOnlySubsOfOne(def, element));
            }
            return elements.build();
        }
        return withoutReadOnlySubsOfOne(def, value);
    }

    private static JsonValue withoutReadOnlySubsOfOne(Attribute def, JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            return value;
        }
        JsonObjectBuilder kept = ScimJson.builders().createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            Optional<Attribute> sub = def.subAttribute(member.getKey());
            if (sub.isEmpty() || sub.get().mutability() != Mutability.READ_ONLY) {
                kept.add(member.getKey(), member.getValue());
            }
        }
        return kept.build();
    }

    private static boolean isExtension(String name, JsonValue was, JsonValue now) {
        return name.regionMatches(true, 0, "urn:", 0, 4)
                && (was == null || was instanceof JsonObject) && (now == null || now instanceof JsonObject);
    }

    private static String path(String urn, String name) {
        return urn == null ? requireName(name) : urn + ":" + requireName(name);
    }

    private static String requireName(String name) {
        if (!PatchEngine.isAttributeName(name)) {
            throw ScimException.invalidValue("member '" + name + "' is not an attribute name, so no PATCH path can"
                    + " address it");
        }
        return name;
    }

    /** Member names of both objects, each once (case-insensitively), in first-seen order. */
    private static List<String> names(JsonObject first, JsonObject second) {
        List<String> names = new ArrayList<>(first.keySet());
        for (String name : second.keySet()) {
            if (AttributeNames.findKey(first, name) == null) {
                names.add(name);
            }
        }
        return names;
    }

    /** Unassigned (RFC 7643 §2.5: absent, null, empty array) or an empty object: nothing to send. */
    private static JsonValue present(JsonValue value) {
        return Values.unassigned(value) || (value instanceof JsonObject object && object.isEmpty()) ? null : value;
    }
}
