package dev.scimkit.filter;

import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeType;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.internal.eval.AttributeAccess;
import dev.scimkit.filter.internal.eval.Scope;
import dev.scimkit.filter.internal.eval.SortKeys;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.Objects;

/**
 * Orders resources per RFC 7644 §3.4.2.3 ({@code sortBy}, {@code sortOrder}). Immutable and
 * thread-safe.
 *
 * <ul>
 *   <li>Strings compare per the attribute's {@code caseExact} ({@code userName} ignores case),
 *       numbers numerically, dateTimes as instants, booleans {@code false} before {@code true}.</li>
 *   <li>A multi-valued attribute sorts by its primary value, else its first value; a complex one
 *       without sub-attribute ({@code emails}) by the {@code value} sub-attribute of that element.</li>
 *   <li>Resources without a value (missing, {@code null}, {@code ""}, {@code []}) sort last in
 *       ascending order; {@link SortOrder#DESCENDING} reverses the whole order, so they come first.</li>
 * </ul>
 *
 * <pre>{@code
 * resources.sort(SortComparator.of("name.familyName", "descending", userType));
 * }</pre>
 */
public final class SortComparator implements Comparator<JsonObject> {

    private final AttributePath sortBy;
    private final SortOrder order;
    private final AttributeAccess access;
    private final Attribute rules;
    private final boolean dateTime;

    private SortComparator(AttributePath sortBy, SortOrder order, AttributeAccess access) {
        this.sortBy = sortBy;
        this.order = order;
        this.access = access;
        Attribute attribute = access.attribute();
        if (attribute != null && attribute.isComplex()) {
            attribute = attribute.subAttribute("value").orElse(null);
        }
        this.rules = attribute;
        this.dateTime = attribute != null && attribute.type() == AttributeType.DATE_TIME;
    }

    /**
     * @param sortBy   the attribute to sort by
     * @param order    ascending or descending
     * @param type     the resource type of the resources
     * @param registry the schemas, for types and {@code caseExact}
     * @return the comparator; attributes the type does not define compare by JSON type, strings ignoring case
     */
    public static SortComparator of(AttributePath sortBy, SortOrder order, ResourceType type, SchemaRegistry registry) {
        Objects.requireNonNull(sortBy, "sortBy is null");
        Objects.requireNonNull(order, "order is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(registry, "registry is null");
        Scope scope = Scope.resource(registry, type);
        AttributeAccess access = scope.resolve(sortBy);
        return new SortComparator(sortBy, order, access != null ? access : scope.undefined(sortBy));
    }

    /**
     * From query parameters, with {@link SchemaRegistry#defaults()}.
     *
     * @param sortBy    the {@code sortBy} parameter, e.g. {@code name.familyName}
     * @param sortOrder the {@code sortOrder} parameter, or {@code null} for ascending
     * @param type      the resource type of the resources
     * @return the comparator
     * @throws FilterParseException             400 {@code invalidPath} if {@code sortBy} is not an attribute path
     * @throws dev.scimkit.core.ScimException   400 {@code invalidValue} if {@code sortOrder} is not valid
     */
    public static SortComparator of(String sortBy, String sortOrder, ResourceType type) {
        Objects.requireNonNull(sortBy, "sortBy is null");
        Objects.requireNonNull(type, "type is null");
        return of(AttributePath.parse(sortBy), SortOrder.parse(sortOrder), type, SchemaRegistry.defaults());
    }

    /** @return the attribute resources are sorted by */
    public AttributePath sortBy() {
        return sortBy;
    }

    /** @return the order */
    public SortOrder order() {
        return order;
    }

    /**
     * @param a a resource
     * @param b another resource
     * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
     * @throws NullPointerException if either is null
     */
    @Override
    public int compare(JsonObject a, JsonObject b) {
        Objects.requireNonNull(a, "a is null");
        Objects.requireNonNull(b, "b is null");
        int result = SortKeys.compare(access, rules, dateTime, a, b);
        return order == SortOrder.ASCENDING ? result : -result;
    }

    @Override
    public String toString() {
        return "sortBy=" + sortBy + "&sortOrder=" + order.name().toLowerCase(java.util.Locale.ROOT);
    }
}
