package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.AttributePath;
import dev.scimkit.filter.Filter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The attributes a service says it defines in {@code /Schemas} (RFC 7644 §4), so that a filter on an
 * attribute it does not define may be declined with 400 {@code invalidFilter} (RFC 7644 §3.12: "the
 * specified attribute and filter comparison combination is not supported"). A service without
 * {@code /Schemas} is taken to define every attribute.
 */
final class ServiceSchemas {

    private static final List<String> COMMON = List.of("id", "externalId", "meta", "schemas");

    /** Lower-cased {@code urn:name(.sub)} of every attribute listed; {@code null} if unknown. */
    private final Set<String> defined;

    private ServiceSchemas(Set<String> defined) {
        this.defined = defined;
    }

    /** @return what {@code GET /Schemas} lists, or "everything" when it does not answer 200 with schemas */
    static ServiceSchemas fetch(Service service) {
        if (service.zoom()) {
            return new ServiceSchemas(null);
        }
        try {
            Response response = service.wire.get("/Schemas");
            if (response.status() != 200) {
                return new ServiceSchemas(null);
            }
            JsonValue body = AttributeNames.get(response.json(), "Resources");
            Set<String> defined = new HashSet<>();
            if (body instanceof JsonArray schemas) {
                for (JsonValue schema : schemas) {
                    if (schema instanceof JsonObject object && AttributeNames.get(object, "id") instanceof JsonString id) {
                        collect(id.getString(), AttributeNames.get(object, "attributes"), defined);
                    }
                }
            }
            return new ServiceSchemas(defined.isEmpty() ? null : defined);
        } catch (CheckFailure unavailable) {
            return new ServiceSchemas(null);
        }
    }

    private static void collect(String urn, JsonValue attributes, Set<String> into) {
        if (!(attributes instanceof JsonArray array)) {
            return;
        }
        for (JsonValue attribute : array) {
            if (attribute instanceof JsonObject object && AttributeNames.get(object, "name") instanceof JsonString name) {
                into.add(key(urn, name.getString(), null));
                if (AttributeNames.get(object, "subAttributes") instanceof JsonArray subs) {
                    for (JsonValue sub : subs) {
                        if (sub instanceof JsonObject subObject
                                && AttributeNames.get(subObject, "name") instanceof JsonString subName) {
                            into.add(key(urn, name.getString(), subName.getString()));
                        }
                    }
                }
            }
        }
    }

    /**
     * @param failure what the service answered to a filter
     * @param filter  the filter
     * @return whether it is a 400 {@code invalidFilter} for a filter naming an attribute the service
     *         does not define, which RFC 7644 §3.12 allows
     */
    boolean declinedUndefined(CheckFailure failure, Filter filter) {
        if (defined == null || failure.exchange().map(exchange -> exchange.status() != 400).orElse(true)) {
            return false;
        }
        try {
            JsonValue scimType = AttributeNames.get(dev.scimkit.core.json.ScimJson.parseObject(
                    failure.exchange().get().responseBody()), "scimType");
            if (!(scimType instanceof JsonString type) || !type.getString().equals(ScimException.INVALID_FILTER)) {
                return false;
            }
        } catch (ScimException notJson) {
            return false;
        }
        return names(filter, null).stream().anyMatch(path -> !defines(path));
    }

    private boolean defines(AttributePath path) {
        if (path.schemaUrn() == null && COMMON.stream().anyMatch(name -> AttributeNames.same(name, path.name()))) {
            return true;
        }
        String urn = path.schemaUrn() == null ? SchemaRegistry.USER : path.schemaUrn();
        return defined.contains(key(urn, path.name(), path.subAttribute()));
    }

    private static List<AttributePath> names(Filter filter, AttributePath owner) {
        if (filter instanceof Filter.And and) {
            return concat(names(and.left(), owner), names(and.right(), owner));
        }
        if (filter instanceof Filter.Or or) {
            return concat(names(or.left(), owner), names(or.right(), owner));
        }
        if (filter instanceof Filter.Not not) {
            return names(not.filter(), owner);
        }
        if (filter instanceof Filter.ValuePath valuePath) {
            return concat(List.of(valuePath.path()), names(valuePath.filter(), valuePath.path()));
        }
        AttributePath path = filter instanceof Filter.Comparison comparison ? comparison.path()
                : ((Filter.Presence) filter).path();
        return List.of(owner == null ? path : new AttributePath(owner.schemaUrn(), owner.name(), path.name()));
    }

    private static List<AttributePath> concat(List<AttributePath> a, List<AttributePath> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String key(String urn, String name, String sub) {
        return (urn + ":" + name + (sub == null ? "" : "." + sub)).toLowerCase(Locale.ROOT);
    }
}
