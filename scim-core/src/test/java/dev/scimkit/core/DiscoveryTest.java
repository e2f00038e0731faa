package dev.scimkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.schema.Schema;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

    private final Discovery discovery = Discovery.of(SchemaRegistry.defaults(), ServiceProviderConfig.zoomDefaults(),
            "https://api.zoom.us/scim2/");

    @Test
    void schemas_listEveryDefaultSchemaWithLocation() {
        JsonObject list = discovery.schemas();
        assertThat(list.getInt("totalResults")).isEqualTo(6);
        JsonObject user = list.getJsonArray("Resources").getJsonObject(0);
        assertThat(user.getString("id")).isEqualTo(SchemaRegistry.USER);
        assertThat(user.getJsonObject("meta").getString("location"))
                .isEqualTo("https://api.zoom.us/scim2/Schemas/" + SchemaRegistry.USER);
    }

    @Test
    void schemas_roundTripThroughSchemaFromJson() {
        for (JsonValue value : discovery.schemas().getJsonArray("Resources")) {
            Schema schema = Schema.fromJson(value.asJsonObject());
            assertThat(schema).isEqualTo(SchemaRegistry.defaults().schema(schema.id()).orElseThrow());
        }
    }

    @Test
    void schema_byUrnInAnyCase_orEmpty() {
        assertThat(discovery.schema(SchemaRegistry.ZOOM_USER.toUpperCase())).isPresent();
        assertThat(discovery.schema("urn:nothing")).isEmpty();
    }

    @Test
    void resourceTypes_describeUserAndGroupWithExtensions() {
        JsonObject list = discovery.resourceTypes();
        assertThat(list.getInt("totalResults")).isEqualTo(2);
        JsonObject user = discovery.resourceType("user").orElseThrow();
        assertThat(user.getString("endpoint")).isEqualTo("/Users");
        assertThat(user.getJsonArray("schemaExtensions")).hasSize(3);
        assertThat(user.getJsonObject("meta").getString("location"))
                .isEqualTo("https://api.zoom.us/scim2/ResourceTypes/User");
        assertThat(discovery.resourceType("Device")).isEmpty();
    }

    @Test
    void serviceProviderConfig_reflectsFlagsAndOAuth() {
        JsonObject spc = discovery.serviceProviderConfig();
        assertThat(spc.getJsonObject("patch").getBoolean("supported")).isTrue();
        assertThat(spc.getJsonObject("bulk").getBoolean("supported")).isFalse();
        assertThat(spc.getJsonObject("filter").getInt("maxResults")).isEqualTo(100);
        assertThat(spc.getJsonArray("authenticationSchemes").getJsonObject(0).getString("type"))
                .isEqualTo("oauthbearertoken");
        assertThat(spc.getJsonObject("meta").getString("location"))
                .isEqualTo("https://api.zoom.us/scim2/ServiceProviderConfig");

        ServiceProviderConfig custom = ServiceProviderConfig.zoomDefaults().withPatch(false).withSort(true)
                .withEtag(true).withChangePassword(true).withBulk(new ServiceProviderConfig.Bulk(true, 10, 1000))
                .withFilter(new ServiceProviderConfig.FilterSupport(false, 0));
        JsonObject json = Discovery.of(SchemaRegistry.defaults(), custom, "/scim2").serviceProviderConfig();
        assertThat(json.getJsonObject("patch").getBoolean("supported")).isFalse();
        assertThat(json.getJsonObject("sort").getBoolean("supported")).isTrue();
        assertThat(json.getJsonObject("etag").getBoolean("supported")).isTrue();
        assertThat(json.getJsonObject("changePassword").getBoolean("supported")).isTrue();
        assertThat(json.getJsonObject("bulk").getInt("maxOperations")).isEqualTo(10);
        assertThat(ServiceProviderConfig.fromJson(json).withMeta(null)).isEqualTo(custom);
    }
}
