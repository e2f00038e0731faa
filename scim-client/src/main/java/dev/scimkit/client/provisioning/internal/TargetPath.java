package dev.scimkit.client.provisioning.internal;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.AttributePath;
import dev.scimkit.filter.CompiledFilter;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterEvaluator;
import dev.scimkit.filter.PatchPath;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mapping target: a SCIM PATCH path parsed by scim-filter ({@code name.givenName},
 * {@code emails[type eq "work"].value}, {@code urn:…:enterprise:2.0:User:department}), able to read a
 * value from a resource and to write one into a resource under construction. Immutable and thread-safe.
 *
 * <p>A value filter may only be {@code eq} comparisons of sub-attributes joined by {@code and}: writing
 * needs to know which element to create, and those comparisons say what it holds.
 */
public final class TargetPath {

    private static final FilterEvaluator EVALUATOR = FilterEvaluator.defaults();

    private final PatchPath path;
    private final String extensionUrn;
    private final CompiledFilter elementFilter;
    private final Map<String, JsonValue> elementTemplate;
    /** Equality key: attribute names ignore case (RFC 7643 §2.1), the value filter is kept as written. */
    private final String key;

    private TargetPath(PatchPath path, String extensionUrn, CompiledFilter elementFilter,
                       Map<String, JsonValue> elementTemplate) {
        this.path = path;
        this.extensionUrn = extensionUrn;
        this.elementFilter = elementFilter;
        this.elementTemplate = elementTemplate;
        this.key = AttributeNames.key(path.path().toString()) + "[" + path.valueFilter() + "]"
                + (path.subAttribute() == null ? "" : AttributeNames.key(path.subAttribute()));
    }

    /**
     * @param text the path, e.g. {@code emails[type eq "work"].value}
     * @return the parsed target
     * @throws ScimException 400 {@code invalidPath} if the text is not a PATCH path, or its value filter
     *                       is not a conjunction of {@code eq} comparisons
     */
    public static TargetPath parse(String text) {
        Objects.requireNonNull(text, "path is null");
        PatchPath path = PatchPath.parse(text);
        AttributePath attribute = path.path();
        String urn = attribute.schemaUrn();
        String extension = urn == null || AttributeNames.same(urn, SchemaRegistry.USER)
                || AttributeNames.same(urn, SchemaRegistry.GROUP) ? null : urn;
        if (!path.hasValueFilter()) {
            return new TargetPath(path, extension, null, Map.of());
        }
        Map<String, JsonValue> template = new LinkedHashMap<>();
        collectEqualities(path.valueFilter(), template, text);
        CompiledFilter compiled = EVALUATOR.compileElementFilter(path.valueFilter(), null);
        return new TargetPath(path, extension, compiled, Map.copyOf(template));
    }

    private static void collectEqualities(Filter filter, Map<String, JsonValue> template, String text) {
        if (filter instanceof Filter.And and) {
            collectEqualities(and.left(), template, text);
            collectEqualities(and.right(), template, text);
        } else if (filter instanceof Filter.Comparison comparison && comparison.op() == ComparisonOperator.EQ
                && comparison.path().schemaUrn() == null && !comparison.path().hasSubAttribute()) {
            template.put(comparison.path().name(), comparison.value());
        } else {
            throw new ScimException(400, ScimException.INVALID_PATH, "mapping target '" + text
                    + "': a value filter must be eq comparisons of sub-attributes joined by 'and', such as "
                    + "emails[type eq \"work\"].value");
        }
    }

    /** @return the parsed PATCH path */
    public PatchPath patchPath() {
        return path;
    }

    /** @return the extension schema URN this path writes into, or {@code null} for the core schema */
    public String extensionUrn() {
        return extensionUrn;
    }

    /**
     * Reads the value at this path.
     *
     * @param resource a resource
     * @return the value, or {@code null} when absent or JSON null
     */
    public JsonValue read(JsonObject resource) {
        JsonObject container = resource;
        if (extensionUrn != null) {
            if (!(AttributeNames.get(resource, extensionUrn) instanceof JsonObject extension)) {
                return null;
            }
            container = extension;
        }
        AttributePath attribute = path.path();
        JsonValue top = AttributeNames.get(container, attribute.name());
        if (path.hasValueFilter()) {
            if (!(top instanceof JsonArray array)) {
                return null;
            }
            for (JsonValue element : array) {
                if (element instanceof JsonObject object && elementFilter.test(object)) {
                    return path.subAttribute() == null ? object
                            : present(AttributeNames.get(object, path.subAttribute()));
                }
            }
            return null;
        }
        if (attribute.hasSubAttribute()) {
            return top instanceof JsonObject object
                    ? present(AttributeNames.get(object, attribute.subAttribute())) : null;
        }
        return present(top);
    }

    private static JsonValue present(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    /**
     * Writes a value at this path into a resource under construction (see {@link ResourceDraft}).
     *
     * @param draft the resource under construction
     * @param value the value; not null
     */
    public void write(ResourceDraft draft, JsonValue value) {
        Map<String, Object> container = extensionUrn == null ? draft.root() : draft.extension(extensionUrn);
        AttributePath attribute = path.path();
        if (path.hasValueFilter()) {
            List<Map<String, Object>> elements = ResourceDraft.list(container, attribute.name());
            Map<String, Object> element = null;
            for (Map<String, Object> candidate : elements) {
                if (matchesTemplate(candidate)) {
                    element = candidate;
                    break;
                }
            }
            if (element == null) {
                element = new LinkedHashMap<>(elementTemplate);
                elements.add(element);
            }
            if (path.subAttribute() != null) {
                element.put(path.subAttribute(), value);
            } else if (value instanceof JsonObject object) {
                element.putAll(object);
            }
            return;
        }
        if (attribute.hasSubAttribute()) {
            ResourceDraft.object(container, attribute.name()).put(attribute.subAttribute(), value);
        } else {
            container.put(attribute.name(), value);
        }
    }

    private boolean matchesTemplate(Map<String, Object> element) {
        for (Map.Entry<String, JsonValue> entry : elementTemplate.entrySet()) {
            if (!entry.getValue().equals(element.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** @return the canonical path text */
    @Override
    public String toString() {
        return path.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetPath that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
