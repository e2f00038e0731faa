package dev.scimkit.core;

import dev.scimkit.core.internal.SchemaCodec;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.Schema;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The discovery endpoints of a SCIM service (RFC 7644 §4): {@code /Schemas}, {@code /ResourceTypes}
 * and {@code /ServiceProviderConfig}, generated from a {@link SchemaRegistry}. Immutable and thread-safe.
 *
 * <p>Representations follow RFC 7643 §5–7 and the layout of its §8.5–8.7 examples; each carries a
 * {@code meta.location} under the base location given to {@link #of}.
 */
public final class Discovery {

    private final SchemaRegistry registry;
    private final ServiceProviderConfig config;
    private final String baseLocation;

    private Discovery(SchemaRegistry registry, ServiceProviderConfig config, String baseLocation) {
        this.registry = registry;
        this.config = config;
        this.baseLocation = baseLocation.endsWith("/") ? baseLocation.substring(0, baseLocation.length() - 1)
                : baseLocation;
    }

    /**
     * @param registry     the schemas and resource types to describe
     * @param config       the feature flags to advertise, e.g. {@link ServiceProviderConfig#zoomDefaults()}
     * @param baseLocation the service's base URL, e.g. {@code https://api.zoom.us/scim2} (a trailing
     *                     slash is dropped); {@code meta.location} values are built under it
     * @return the discovery representations
     */
    public static Discovery of(SchemaRegistry registry, ServiceProviderConfig config, String baseLocation) {
        return new Discovery(Objects.requireNonNull(registry, "registry is null"),
                Objects.requireNonNull(config, "config is null"),
                Objects.requireNonNull(baseLocation, "baseLocation is null"));
    }

    /** @return the {@code GET /Schemas} response: a ListResponse of every schema representation */
    public JsonObject schemas() {
        List<JsonObject> all = new ArrayList<>();
        for (Schema schema : registry.schemas()) {
            all.add(schemaJson(schema));
        }
        return ListResponse.of(all).toJson(json -> json);
    }

    /**
     * @param urn a schema URN, in any case
     * @return the {@code GET /Schemas/{urn}} response, or empty when the registry has no such schema
     */
    public Optional<JsonObject> schema(String urn) {
        return registry.schema(Objects.requireNonNull(urn, "urn is null")).map(this::schemaJson);
    }

    /** @return the {@code GET /ResourceTypes} response: a ListResponse of every resource type */
    public JsonObject resourceTypes() {
        List<JsonObject> all = new ArrayList<>();
        for (ResourceType type : registry.resourceTypes()) {
            all.add(resourceTypeJson(type));
        }
        return ListResponse.of(all).toJson(json -> json);
    }

    /**
     * @param name a resource type name such as {@code User}, in any case
     * @return the {@code GET /ResourceTypes/{name}} response, or empty when there is no such type
     */
    public Optional<JsonObject> resourceType(String name) {
        return registry.resourceType(Objects.requireNonNull(name, "name is null")).map(this::resourceTypeJson);
    }

    /** @return the {@code GET /ServiceProviderConfig} response */
    public JsonObject serviceProviderConfig() {
        ServiceProviderConfig withMeta = config.meta() != null ? config
                : config.withMeta(new Meta("ServiceProviderConfig", null, null,
                        baseLocation + "/ServiceProviderConfig", null, null));
        return withMeta.toJson();
    }

    private JsonObject schemaJson(Schema schema) {
        return SchemaCodec.schemaToJson(schema, baseLocation + "/Schemas/" + schema.id());
    }

    private JsonObject resourceTypeJson(ResourceType type) {
        return SchemaCodec.resourceTypeToJson(type, baseLocation + "/ResourceTypes/" + type.name());
    }

    @Override
    public String toString() {
        return "Discovery{baseLocation=" + baseLocation + "}";
    }
}
