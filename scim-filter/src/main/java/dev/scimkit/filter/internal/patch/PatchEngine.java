package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.FilterParseException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies a {@link PatchRequest} to a resource (RFC 7644 §3.5.2), atomically: operations are
 * applied in order to a copy-on-write view of the input, and the result is built only when every
 * operation succeeded. The input is never modified. Immutable and thread-safe.
 */
public final class PatchEngine {

    private final SchemaRegistry registry;
    private final ResourceType type;
    private final boolean lenient;
    private final PathReader paths;
    private final Map<ResourceType, SchemaIndex> indexes;

    /**
     * @param registry the schemas
     * @param type     the resource type of every resource patched, or {@code null} to infer it from
     *                 each resource's {@code schemas} (no schema checks when none matches)
     * @param lenient  whether to accept identity providers' non-RFC shapes
     * @param paths    turns path text into paths (the grammar)
     */
    public PatchEngine(SchemaRegistry registry, ResourceType type, boolean lenient, PathReader paths) {
        this.registry = Objects.requireNonNull(registry, "registry is null");
        this.type = type;
        this.lenient = lenient;
        this.paths = Objects.requireNonNull(paths, "paths is null");
        Map<ResourceType, SchemaIndex> byType = new HashMap<>();
        for (ResourceType registered : registry.resourceTypes()) {
            byType.put(registered, SchemaIndex.of(registry, registered));
        }
        if (type != null) {
            byType.put(type, SchemaIndex.of(registry, type));
        }
        this.indexes = Map.copyOf(byType);
    }

    /**
     * @param resource the resource
     * @param request  the operations
     * @return the patched resource; {@code resource} itself when there is nothing to do
     * @throws ScimException 400 naming the failing operation; nothing is applied then
     */
    public JsonObject apply(JsonObject resource, PatchRequest request) {
        Objects.requireNonNull(resource, "resource is null");
        Objects.requireNonNull(request, "request is null");
        return run(resource, request, null);
    }

    /**
     * Parses every path of a request once, for {@link #apply(JsonObject, Prepared)} to reuse.
     *
     * @param request the operations
     * @return the prepared request
     * @throws ScimException 400 {@code invalidPath} naming the operation whose path does not parse
     */
    public Prepared prepare(PatchRequest request) {
        Objects.requireNonNull(request, "request is null");
        List<PatchOperation> operations = request.operations();
        List<ParsedPath> paths = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            PatchOperation operation = operations.get(i);
            paths.add(hasPath(operation) ? read(OperationContext.of(i, operation, lenient), operation.path()) : null);
        }
        return new Prepared(request, paths);
    }

    /**
     * @param resource the resource
     * @param prepared a request prepared by this engine
     * @return the patched resource; {@code resource} itself when there is nothing to do
     * @throws ScimException 400 naming the failing operation; nothing is applied then
     */
    public JsonObject apply(JsonObject resource, Prepared prepared) {
        Objects.requireNonNull(resource, "resource is null");
        Objects.requireNonNull(prepared, "prepared is null");
        return run(resource, prepared.request(), prepared.paths());
    }

    /**
     * A request whose paths are parsed.
     *
     * @param request the request
     * @param paths   per operation, its parsed path, or {@code null} for a path-less operation
     */
    public record Prepared(PatchRequest request, List<ParsedPath> paths) {
        /** Checks nulls and copies the list (which holds nulls for path-less operations). */
        public Prepared {
            Objects.requireNonNull(request, "request is null");
            paths = Collections.unmodifiableList(new ArrayList<>(paths));
        }
    }

    private JsonObject run(JsonObject resource, PatchRequest request, List<ParsedPath> parsed) {
        if (request.operations().isEmpty()) {
            return resource;
        }
        ResourceType resourceType = type != null ? type : registry.resourceTypeOf(resource).orElse(null);
        SchemaView view = new SchemaView(registry, resourceType, resourceType == null ? null : indexes.get(resourceType));
        WorkingObject root = WorkingObject.of(resource);
        List<PatchOperation> operations = request.operations();
        for (int i = 0; i < operations.size(); i++) {
            PatchOperation operation = operations.get(i);
            OperationContext c = OperationContext.of(i, operation, lenient);
            try {
                ParsedPath path = !hasPath(operation) ? null
                        : parsed != null ? parsed.get(i) : read(c, operation.path());
                applyOne(c, view, root, operation, path);
            } catch (FilterParseException e) {
                throw e;
            } catch (ScimException e) {
                if (e.detail().startsWith("Operations[")) {
                    throw e;
                }
                throw new ScimException(e.status(), e.scimType(), c.prefix() + e.detail(), e);  // from the evaluator
            }
        }
        return root.toJson();
    }

    private boolean hasPath(PatchOperation operation) {
        return operation.path() != null && !(lenient && operation.path().isBlank());
    }

    private void applyOne(OperationContext c, SchemaView view, WorkingObject root, PatchOperation operation,
                          ParsedPath path) {
        String extension = path == null ? null : wholeExtension(view, path);
        if (path == null) {
            pathless(c, view, root, operation);
        } else if (extension != null) {
            extension(c, view, root, operation, extension);
        } else if (operation.op() == PatchOperation.Op.REMOVE) {
            Removes.remove(c, view, root, path, operation.value());
        } else {
            Writes.write(c, view, root, path, requireValue(c, operation));
        }
    }

    /**
     * The grammar reads a path that is a whole extension URN
     * ({@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User}) as URN prefix plus a last
     * name; when the two together name a registered extension schema, the path addresses the
     * extension object itself.
     *
     * @return that extension's URN as the registry spells it, or {@code null}
     */
    private static String wholeExtension(SchemaView view, ParsedPath path) {
        if (path.schemaUrn() == null || path.filter() != null || path.subAttribute() != null) {
            return null;
        }
        String urn = path.schemaUrn() + ":" + path.attribute();
        return view.isSchemaUrn(urn) && !view.isCoreSchema(urn) ? view.canonicalUrn(urn) : null;
    }

    /**
     * An operation on a whole extension object. add and replace carry an object of the extension's
     * attributes and merge it, as RFC 7644 §3.5.2.1/§3.5.2.3 do for a complex attribute; remove
     * removes every attribute of the extension (each under its own mutability rules), then the
     * object and its URN in {@code schemas}.
     */
    private void extension(OperationContext c, SchemaView view, WorkingObject root, PatchOperation operation,
                           String urn) {
        if (operation.op() == PatchOperation.Op.REMOVE) {
            WorkingObject object = Extensions.container(c, view, root, urn, false);
            if (object == null) {
                return;
            }
            for (String member : List.copyOf(object.toJson().keySet())) {
                Removes.remove(c, view, root, ParsedPath.attribute(urn, member), null);
            }
            Extensions.dropIfEmpty(root, root.findKey(urn));
            return;
        }
        JsonValue value = requireValue(c, operation);
        if (!(value instanceof JsonObject object)) {
            throw c.error(ScimException.INVALID_VALUE, "the value for extension " + urn
                    + " must be an object of its attributes but was " + ValueCoercer.kind(value));
        }
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            Writes.write(c.forValueMember(member.getKey()), view, root, ParsedPath.attribute(urn, member.getKey()),
                    member.getValue());
        }
    }

    private void pathless(OperationContext c, SchemaView view, WorkingObject root, PatchOperation operation) {
        if (operation.op() == PatchOperation.Op.REMOVE) {
            throw c.error(ScimException.NO_TARGET, "remove needs a path naming what to remove");
        }
        JsonValue value = requireValue(c, operation);
        if (!(value instanceof JsonObject object)) {
            throw c.error(ScimException.INVALID_VALUE, "without a path the value must be an object of attributes but was "
                    + ValueCoercer.kind(value));
        }
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String key = member.getKey();
            JsonValue memberValue = member.getValue();
            OperationContext kc = c.forValueMember(key);
            if (isExtensionMember(view, root, key, memberValue)) {
                String urn = view.isCoreSchema(key) ? null : key;
                for (Map.Entry<String, JsonValue> inner : memberValue.asJsonObject().entrySet()) {
                    Writes.write(kc, view, root, ParsedPath.attribute(urn, inner.getKey()), inner.getValue());
                }
            } else if (isAttributeName(key)) {
                Writes.write(kc, view, root, ParsedPath.attribute(null, key), memberValue);
            } else if (lenient) {
                Writes.write(kc, view, root, read(kc, key), memberValue);
            } else {
                throw kc.error(ScimException.INVALID_PATH, "'" + key + "' is not an attribute name; dotted and"
                        + " URN-qualified names in a path-less value are accepted only in lenient mode");
            }
        }
    }

    /** A member named by a schema URN whose value is an object holds that schema's attributes. */
    private static boolean isExtensionMember(SchemaView view, WorkingObject root, String key, JsonValue value) {
        if (!(value instanceof JsonObject)) {
            return false;
        }
        if (view.isSchemaUrn(key) || root.object(key) != null) {
            return true;
        }
        List<Object> schemas = root.list("schemas");
        if (schemas != null) {
            for (Object listed : schemas) {
                if (listed instanceof JsonString text && AttributeNames.same(text.getString(), key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param key a member name
     * @return whether it is an RFC 7643 §2.1 ATTRNAME (or {@code $ref}), i.e. addressable by a plain path
     */
    public static boolean isAttributeName(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            boolean letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
            boolean other = (ch >= '0' && ch <= '9') || ch == '_' || ch == '-' || ch == '$';
            if (!letter && !(i > 0 && other) && !(i == 0 && ch == '$')) {
                return false;
            }
        }
        return true;
    }

    private ParsedPath read(OperationContext c, String path) {
        try {
            return paths.read(path);
        } catch (FilterParseException e) {
            throw new FilterParseException(ScimException.INVALID_PATH, c.prefix() + e.detail(), e.position(),
                    e.offendingText(), e.expected());
        } catch (ScimException e) {
            throw new ScimException(e.status(), e.scimType() == null ? ScimException.INVALID_PATH : e.scimType(),
                    c.prefix() + e.detail(), e);
        }
    }

    private static JsonValue requireValue(OperationContext c, PatchOperation operation) {
        if (operation.value() == null) {
            throw c.error(ScimException.INVALID_VALUE, operation.op().wireName() + " needs a value");
        }
        return operation.value();
    }
}
