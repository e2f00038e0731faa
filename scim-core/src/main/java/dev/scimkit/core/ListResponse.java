package dev.scimkit.core;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * An immutable RFC 7644 §3.4.2 ListResponse: one page of query results.
 *
 * <p>Servers do not always send every member: Zoom's group list, for one, may leave out
 * {@code totalResults}. This type says so honestly: {@link #totalResults()} is empty when the
 * server did not say. {@code startIndex} defaults to 1 and {@code itemsPerPage} to the number of
 * resources on the page (RFC 7644 §3.4.2.4 only requires them when results are paginated).
 *
 * @param <T>          the resource type, e.g. {@link User}
 * @param totalResults the total number of results the query matched, if the server said
 * @param startIndex   the 1-based index of the first resource on this page
 * @param itemsPerPage the number of resources on this page as reported by the server
 * @param resources    the resources on this page
 */
public record ListResponse<T>(OptionalInt totalResults, int startIndex, int itemsPerPage, List<T> resources) {

    /** The ListResponse message schema URN. */
    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    /**
     * Checks the values and copies the list.
     *
     * @throws NullPointerException     if an argument or a resource is {@code null}
     * @throws IllegalArgumentException if {@code totalResults} or {@code itemsPerPage} is negative or
     *                                  {@code startIndex} is less than 1
     */
    public ListResponse {
        Objects.requireNonNull(totalResults, "totalResults is null");
        resources = List.copyOf(Objects.requireNonNull(resources, "resources is null"));
        if (totalResults.isPresent() && totalResults.getAsInt() < 0) {
            throw new IllegalArgumentException("totalResults must not be negative but was "
                    + totalResults.getAsInt());
        }
        if (startIndex < 1) {
            throw new IllegalArgumentException("startIndex must be at least 1 but was " + startIndex);
        }
        if (itemsPerPage < 0) {
            throw new IllegalArgumentException("itemsPerPage must not be negative but was " + itemsPerPage);
        }
    }

    /**
     * A complete, unpaginated result: {@code totalResults} and {@code itemsPerPage} are the number of
     * resources and {@code startIndex} is 1.
     *
     * @param <T>       the resource type
     * @param resources every result
     * @return the response
     */
    public static <T> ListResponse<T> of(List<T> resources) {
        Objects.requireNonNull(resources, "resources is null");
        return new ListResponse<>(OptionalInt.of(resources.size()), 1, resources.size(), resources);
    }

    /**
     * One page of a larger result.
     *
     * @param <T>          the resource type
     * @param resources    the resources on the page
     * @param totalResults the total number of results the query matched
     * @param startIndex   the 1-based index of the first resource on the page
     * @return the response, with {@code itemsPerPage} the number of resources on the page
     * @throws IllegalArgumentException if {@code totalResults} is negative or {@code startIndex} is less than 1
     */
    public static <T> ListResponse<T> page(List<T> resources, int totalResults, int startIndex) {
        Objects.requireNonNull(resources, "resources is null");
        return new ListResponse<>(OptionalInt.of(totalResults), startIndex, resources.size(), resources);
    }

    /**
     * Reads a ListResponse.
     *
     * <p>Member names match case-insensitively; {@code Resources} may be missing (read as empty),
     * {@code totalResults} may be missing (empty), {@code startIndex} may be missing or below 1
     * (read as 1), {@code itemsPerPage} may be missing (read as the number of resources). Numbers
     * sent as strings are accepted.
     *
     * @param <T>     the resource type
     * @param json    the message
     * @param decoder turns one element of {@code Resources} into a resource, e.g. {@code User::fromJson}
     * @return the response
     * @throws ScimException 400 {@code invalidSyntax} naming the member that is malformed; whatever the
     *                       decoder throws for a malformed resource
     */
    public static <T> ListResponse<T> fromJson(JsonObject json, Function<JsonObject, T> decoder) {
        Objects.requireNonNull(json, "json is null");
        Objects.requireNonNull(decoder, "decoder is null");
        List<T> resources = new ArrayList<>();
        JsonValue array = AttributeNames.get(json, "Resources");
        if (array != null && array.getValueType() != JsonValue.ValueType.NULL) {
            if (array.getValueType() != JsonValue.ValueType.ARRAY) {
                throw ScimException.invalidSyntax("ListResponse \"Resources\" must be an array but is a "
                        + typeName(array));
            }
            int index = 0;
            for (JsonValue item : array.asJsonArray()) {
                if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw ScimException.invalidSyntax("ListResponse Resources[" + index
                            + "] must be an object but is a "
                            + typeName(item));
                }
                T resource = decoder.apply(item.asJsonObject());
                if (resource == null) {
                    throw new NullPointerException("decoder returned null for Resources[" + index + "]");
                }
                resources.add(resource);
                index++;
            }
        }
        Integer total = count(json, "totalResults");
        Integer start = count(json, "startIndex");
        Integer perPage = count(json, "itemsPerPage");
        return new ListResponse<>(total == null ? OptionalInt.empty() : OptionalInt.of(total),
                start == null || start < 1 ? 1 : start,
                perPage == null ? resources.size() : perPage,
                resources);
    }

    /**
     * Writes this response as an RFC 7644 ListResponse message; {@code totalResults} is written only
     * when known.
     *
     * @param encoder turns one resource into JSON, e.g. {@code User::toJson}
     * @return the message
     */
    public JsonObject toJson(Function<T, JsonObject> encoder) {
        Objects.requireNonNull(encoder, "encoder is null");
        JsonObjectBuilder body = ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add(SCHEMA));
        totalResults.ifPresent(total -> body.add("totalResults", total));
        body.add("startIndex", startIndex).add("itemsPerPage", itemsPerPage);
        JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
        for (T resource : resources) {
            array.add(Objects.requireNonNull(encoder.apply(resource), "encoder returned null"));
        }
        return body.add("Resources", array).build();
    }

    private static final java.math.BigDecimal INT_MAX = java.math.BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final java.math.BigDecimal INT_MIN = java.math.BigDecimal.valueOf(Integer.MIN_VALUE);

    private static Integer count(JsonObject json, String member) {
        JsonValue value = AttributeNames.get(json, member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        long number;
        if (value instanceof JsonNumber n && n.isIntegral()) {
            java.math.BigDecimal decimal = n.bigDecimalValue();
            if (decimal.compareTo(INT_MAX) > 0 || decimal.compareTo(INT_MIN) < 0) {
                throw outOfRange(member, value);
            }
            number = decimal.longValue();
        } else if (value instanceof JsonString s) {
            try {
                number = Long.parseLong(s.getString().trim());
            } catch (NumberFormatException e) {
                throw ScimException.invalidSyntax("ListResponse \"" + member + "\" must be an integer but is \""
                        + s.getString() + "\"");
            }
        } else {
            throw ScimException.invalidSyntax("ListResponse \"" + member + "\" must be an integer but is "
                    + (value instanceof JsonNumber ? "the number " + value : "a " + typeName(value)));
        }
        if (number > Integer.MAX_VALUE || (number < 0 && !"startIndex".equals(member))) {
            throw outOfRange(member, value);
        }
        return (int) Math.max(number, Integer.MIN_VALUE);
    }

    private static ScimException outOfRange(String member, JsonValue value) {
        return ScimException.invalidSyntax("ListResponse \"" + member + "\" is out of range: " + value);
    }

    private static String typeName(JsonValue value) {
        return value.getValueType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
