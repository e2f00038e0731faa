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

/**
 * A service provider configuration (RFC 7643 §5): which optional SCIM features a service supports.
 *
 * @param documentationUri      the service's help URI, or {@code null}
 * @param patch                 whether PATCH is supported
 * @param bulk                  bulk support
 * @param filter                filter support
 * @param changePassword        whether password changes are supported
 * @param sort                  whether sorting is supported
 * @param etag                  whether ETags are supported
 * @param authenticationSchemes the supported authentication schemes
 * @param meta                  the resource metadata, or {@code null}
 */
public record ServiceProviderConfig(String documentationUri, boolean patch, Bulk bulk, FilterSupport filter,
                                    boolean changePassword, boolean sort, boolean etag,
                                    List<AuthenticationScheme> authenticationSchemes, Meta meta) {

    /** The ServiceProviderConfig schema URN. */
    public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";

    /**
     * Checks nulls and copies the list.
     *
     * @throws NullPointerException if {@code bulk}, {@code filter} or the list is null
     */
    public ServiceProviderConfig {
        Objects.requireNonNull(bulk, "bulk is null");
        Objects.requireNonNull(filter, "filter is null");
        authenticationSchemes = List.copyOf(Objects.requireNonNull(authenticationSchemes,
                "authenticationSchemes is null"));
    }

    /**
     * What Zoom's SCIM API offers: PATCH and filtering (at most 100 results per page), no bulk, sorting,
     * ETags or password changes, OAuth bearer tokens.
     *
     * @return the configuration
     */
    public static ServiceProviderConfig zoomDefaults() {
        return new ServiceProviderConfig(null, true, Bulk.UNSUPPORTED, new FilterSupport(true, 100), false, false,
                false, List.of(AuthenticationScheme.oauthBearerToken()), null);
    }

    /**
     * @param value whether PATCH is supported
     * @return a copy with that flag
     */
    public ServiceProviderConfig withPatch(boolean value) {
        return new ServiceProviderConfig(documentationUri, value, bulk, filter, changePassword, sort, etag,
                authenticationSchemes, meta);
    }

    /**
     * @param value bulk support
     * @return a copy with that support
     */
    public ServiceProviderConfig withBulk(Bulk value) {
        return new ServiceProviderConfig(documentationUri, patch, value, filter, changePassword, sort, etag,
                authenticationSchemes, meta);
    }

    /**
     * @param value filter support
     * @return a copy with that support
     */
    public ServiceProviderConfig withFilter(FilterSupport value) {
        return new ServiceProviderConfig(documentationUri, patch, bulk, value, changePassword, sort, etag,
                authenticationSchemes, meta);
    }

    /**
     * @param value whether password changes are supported
     * @return a copy with that flag
     */
    public ServiceProviderConfig withChangePassword(boolean value) {
        return new ServiceProviderConfig(documentationUri, patch, bulk, filter, value, sort, etag,
                authenticationSchemes, meta);
    }

    /**
     * @param value whether sorting is supported
     * @return a copy with that flag
     */
    public ServiceProviderConfig withSort(boolean value) {
        return new ServiceProviderConfig(documentationUri, patch, bulk, filter, changePassword, value, etag,
                authenticationSchemes, meta);
    }

    /**
     * @param value whether ETags are supported
     * @return a copy with that flag
     */
    public ServiceProviderConfig withEtag(boolean value) {
        return new ServiceProviderConfig(documentationUri, patch, bulk, filter, changePassword, sort, value,
                authenticationSchemes, meta);
    }

    /**
     * @param value the metadata, or {@code null}
     * @return a copy with that metadata
     */
    public ServiceProviderConfig withMeta(Meta value) {
        return new ServiceProviderConfig(documentationUri, patch, bulk, filter, changePassword, sort, etag,
                authenticationSchemes, value);
    }

    /**
     * Reads a configuration. Members match case-insensitively; missing features read as unsupported.
     *
     * @param json the representation
     * @return the configuration
     * @throws ScimException 400 {@code invalidValue} naming the member that has the wrong type
     */
    public static ServiceProviderConfig fromJson(JsonObject json) {
        Objects.requireNonNull(json, "json is null");
        JsonObject bulk = object(json, "bulk");
        JsonObject filter = object(json, "filter");
        List<AuthenticationScheme> schemes = new ArrayList<>();
        JsonValue array = AttributeNames.get(json, "authenticationSchemes");
        if (array != null && array.getValueType() == JsonValue.ValueType.ARRAY) {
            int i = 0;
            for (JsonValue value : array.asJsonArray()) {
                if (!(value instanceof JsonObject scheme)) {
                    throw ScimException.invalidValue("authenticationSchemes[" + i + "]: must be an object");
                }
                String where = "authenticationSchemes[" + i + "].";
                schemes.add(new AuthenticationScheme(string(scheme, "type", where), string(scheme, "name", where),
                        string(scheme, "description", where), string(scheme, "specUri", where),
                        string(scheme, "documentationUri", where), optionalBoolean(scheme, "primary", where)));
                i++;
            }
        } else if (array != null && array.getValueType() != JsonValue.ValueType.NULL) {
            throw ScimException.invalidValue("authenticationSchemes: must be an array");
        }
        JsonValue meta = AttributeNames.get(json, "meta");
        return new ServiceProviderConfig(string(json, "documentationUri", ""), supported(json, "patch"),
                new Bulk(supported(json, "bulk"), integer(bulk, "maxOperations", "bulk."),
                        integer(bulk, "maxPayloadSize", "bulk.")),
                new FilterSupport(supported(json, "filter"), integer(filter, "maxResults", "filter.")),
                supported(json, "changePassword"), supported(json, "sort"), supported(json, "etag"), schemes,
                meta instanceof JsonObject m ? readMeta(m) : null);
    }

    /** @return the RFC 7643 §5 representation */
    public JsonObject toJson() {
        var f = ScimJson.builders();
        JsonObjectBuilder out = f.createObjectBuilder().add("schemas", f.createArrayBuilder().add(SCHEMA));
        if (documentationUri != null) {
            out.add("documentationUri", documentationUri);
        }
        out.add("patch", f.createObjectBuilder().add("supported", patch));
        out.add("bulk", f.createObjectBuilder().add("supported", bulk.supported())
                .add("maxOperations", bulk.maxOperations()).add("maxPayloadSize", bulk.maxPayloadSize()));
        out.add("filter", f.createObjectBuilder().add("supported", filter.supported())
                .add("maxResults", filter.maxResults()));
        out.add("changePassword", f.createObjectBuilder().add("supported", changePassword));
        out.add("sort", f.createObjectBuilder().add("supported", sort));
        out.add("etag", f.createObjectBuilder().add("supported", etag));
        JsonArrayBuilder schemes = f.createArrayBuilder();
        for (AuthenticationScheme scheme : authenticationSchemes) {
            JsonObjectBuilder s = f.createObjectBuilder();
            putIfPresent(s, "name", scheme.name());
            putIfPresent(s, "description", scheme.description());
            putIfPresent(s, "specUri", scheme.specUri());
            putIfPresent(s, "documentationUri", scheme.documentationUri());
            putIfPresent(s, "type", scheme.type());
            if (scheme.primary() != null) {
                s.add("primary", scheme.primary());
            }
            schemes.add(s);
        }
        out.add("authenticationSchemes", schemes);
        if (meta != null) {
            JsonObjectBuilder m = f.createObjectBuilder();
            putIfPresent(m, "location", meta.location());
            putIfPresent(m, "resourceType", meta.resourceType());
            putIfPresent(m, "created", meta.created());
            putIfPresent(m, "lastModified", meta.lastModified());
            putIfPresent(m, "version", meta.version());
            meta.unknownAttributes().forEach(m::add);
            out.add("meta", m);
        }
        return out.build();
    }

    private static void putIfPresent(JsonObjectBuilder out, String key, String value) {
        if (value != null) {
            out.add(key, value);
        }
    }

    private static Meta readMeta(JsonObject m) {
        JsonObjectBuilder rest = ScimJson.builders().createObjectBuilder();
        for (var entry : m.entrySet()) {
            String key = entry.getKey();
            if (!(AttributeNames.same(key, "location") || AttributeNames.same(key, "resourceType")
                    || AttributeNames.same(key, "created") || AttributeNames.same(key, "lastModified")
                    || AttributeNames.same(key, "version"))) {
                rest.add(key, entry.getValue());
            }
        }
        return new Meta(string(m, "resourceType", "meta."), string(m, "created", "meta."),
                string(m, "lastModified", "meta."), string(m, "location", "meta."), string(m, "version", "meta."),
                rest.build());
    }

    private static JsonObject object(JsonObject json, String member) {
        JsonValue value = AttributeNames.get(json, member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (!(value instanceof JsonObject object)) {
            throw ScimException.invalidValue(member + ": must be an object");
        }
        return object;
    }

    private static boolean supported(JsonObject json, String member) {
        Boolean value = optionalBoolean(object(json, member), "supported", member + ".");
        return Boolean.TRUE.equals(value);
    }

    private static Boolean optionalBoolean(JsonObject json, String member, String where) {
        JsonValue value = AttributeNames.get(json, member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        throw ScimException.invalidValue(where + member + ": must be a boolean");
    }

    private static int integer(JsonObject json, String member, String where) {
        JsonValue value = AttributeNames.get(json, member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return 0;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()
                || number.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                || number.bigDecimalValue().signum() < 0) {
            throw ScimException.invalidValue(where + member + ": must be a non-negative integer");
        }
        return number.intValue();
    }

    private static String string(JsonObject json, String member, String where) {
        JsonValue value = AttributeNames.get(json, member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw ScimException.invalidValue(where + member + ": must be a string");
        }
        return text.getString();
    }

    /**
     * Bulk operation support.
     *
     * @param supported      whether bulk is supported
     * @param maxOperations  the most operations per request
     * @param maxPayloadSize the largest request, in bytes
     */
    public record Bulk(boolean supported, int maxOperations, int maxPayloadSize) {

        /** No bulk support. */
        public static final Bulk UNSUPPORTED = new Bulk(false, 0, 0);

        /**
         * Checks the bounds.
         *
         * @throws IllegalArgumentException if a bound is negative
         */
        public Bulk {
            if (maxOperations < 0 || maxPayloadSize < 0) {
                throw new IllegalArgumentException("bulk bounds must not be negative but were " + maxOperations
                        + " and " + maxPayloadSize);
            }
        }
    }

    /**
     * Filter support.
     *
     * @param supported  whether filtering is supported
     * @param maxResults the most resources a query returns
     */
    public record FilterSupport(boolean supported, int maxResults) {

        /**
         * Checks the bound.
         *
         * @throws IllegalArgumentException if {@code maxResults} is negative
         */
        public FilterSupport {
            if (maxResults < 0) {
                throw new IllegalArgumentException("maxResults must not be negative but was " + maxResults);
            }
        }
    }

    /**
     * An authentication scheme (RFC 7643 §5 {@code authenticationSchemes}).
     *
     * @param type             e.g. {@code oauthbearertoken}, {@code httpbasic}
     * @param name             a display name
     * @param description      a description
     * @param specUri          the specification's URI, or {@code null}
     * @param documentationUri the help URI, or {@code null}
     * @param primary          whether it is the primary scheme, or {@code null} when not stated
     */
    public record AuthenticationScheme(String type, String name, String description, String specUri,
                                       String documentationUri, Boolean primary) {

        /** @return OAuth 2.0 bearer tokens (RFC 6750), as Zoom uses, marked primary */
        public static AuthenticationScheme oauthBearerToken() {
            return new AuthenticationScheme("oauthbearertoken", "OAuth Bearer Token",
                    "Authentication scheme using the OAuth Bearer Token Standard",
                    "http://www.rfc-editor.org/info/rfc6750", null, true);
        }
    }
}
