package dev.scimkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.Schema;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every example of RFC 7643 §8 parses, validates and round-trips. */
class RfcExamplesTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
    private static final ResourceType USER = REGISTRY.resourceType("User").orElseThrow();
    private static final ResourceType GROUP = REGISTRY.resourceType("Group").orElseThrow();
    /** RFC 7643 treats canonical values as suggestions; its examples use userType "Employee". */
    private static final ResourceValidator RFC_RULES = ResourceValidator.of(REGISTRY).withStrictCanonicalValues(false);

    @ParameterizedTest
    @ValueSource(strings = {"rfc7643/8.1-minimal-user.json", "rfc7643/8.2-full-user.json",
            "rfc7643/8.3-enterprise-user.json"})
    void validateCreate_userExamples_passAndDropReadOnly(String fixture) {
        JsonObject json = Fixtures.object(fixture);
        JsonObject valid = RFC_RULES.validateCreate(USER, json);
        assertThat(valid).doesNotContainKeys("id", "meta", "groups");
        assertThat(valid.getString("userName")).isEqualTo(json.getString("userName"));
        User user = User.fromJson(json);
        assertThat(User.fromJson(user.toJson())).isEqualTo(user);
        assertThat(user.toJson()).isEqualTo(json);
    }

    @Test
    void validateCreate_enterpriseExample_dropsReadOnlyManagerDisplayName() {
        JsonObject valid = RFC_RULES.validateCreate(USER, Fixtures.object("rfc7643/8.3-enterprise-user.json"));
        JsonObject manager = valid.getJsonObject(SchemaRegistry.ENTERPRISE_USER).getJsonObject("manager");
        assertThat(manager).containsOnlyKeys("value", "$ref");
        assertThat(valid.getString("password")).isEqualTo("t1meMa$heen");
    }

    @Test
    void validateCreate_fullExampleUnderZoomRules_rejectsUserTypeEmployee() {
        assertThatThrownBy(() -> ResourceValidator.of(REGISTRY)
                .validateCreate(USER, Fixtures.object("rfc7643/8.2-full-user.json")))
                .isInstanceOfSatisfying(ScimException.class, e -> {
                    assertThat(e.scimType()).isEqualTo(ScimException.INVALID_VALUE);
                    assertThat(e.detail()).isEqualTo("userType: \"Employee\" is not one of Basic, Licensed, On-Prem");
                });
    }

    @Test
    void groupExample_validatesAndRoundTrips() {
        JsonObject json = Fixtures.object("rfc7643/8.4-group.json");
        JsonObject valid = ResourceValidator.of(REGISTRY).validateCreate(GROUP, json);
        assertThat(valid.getJsonArray("members")).hasSize(2);
        assertThat(valid).doesNotContainKeys("id", "meta");
        assertThat(Group.fromJson(json).toJson()).isEqualTo(json);
    }

    @Test
    void serviceProviderConfigExample_roundTrips() {
        JsonObject json = Fixtures.object("rfc7643/8.5-service-provider-config.json");
        ServiceProviderConfig config = ServiceProviderConfig.fromJson(json);
        assertThat(config.bulk()).isEqualTo(new ServiceProviderConfig.Bulk(true, 1000, 1048576));
        assertThat(config.filter().maxResults()).isEqualTo(200);
        assertThat(config.authenticationSchemes()).extracting(ServiceProviderConfig.AuthenticationScheme::type)
                .containsExactly("oauthbearertoken", "httpbasic");
        assertThat(config.toJson()).isEqualTo(json);
        assertThat(ServiceProviderConfig.fromJson(config.toJson())).isEqualTo(config);
    }

    @Test
    void schemaExamples_roundTripThroughTheModel() {
        JsonArray schemas = Fixtures.json("rfc7643/8.7.1-schemas.json").asJsonArray();
        for (JsonValue value : schemas) {
            JsonObject json = value.asJsonObject();
            Schema schema = Schema.fromJson(json);
            assertThat(Schema.fromJson(schema.toJson())).isEqualTo(schema);
            String location = json.getJsonObject("meta").getString("location");
            assertThat(dev.scimkit.core.internal.SchemaCodec.schemaToJson(schema, location)).isEqualTo(json);
        }
    }

    @Test
    void resourceTypeAndSchemaExamples_areWhatDiscoveryGenerates() {
        JsonArray schemas = Fixtures.json("rfc7643/8.7.1-schemas.json").asJsonArray();
        JsonArray types = Fixtures.json("rfc7643/8.6-resource-types.json").asJsonArray();
        SchemaRegistry.Builder builder = SchemaRegistry.builder();
        schemas.forEach(s -> builder.schema(Schema.fromJson(s.asJsonObject())));
        types.forEach(t -> builder.resourceType(ResourceType.fromJson(t.asJsonObject())));
        SchemaRegistry rfc = builder.build();

        Discovery atExample = Discovery.of(rfc, ServiceProviderConfig.zoomDefaults(), "https://example.com/v2/");
        assertThat(atExample.resourceTypes().getJsonArray("Resources")).isEqualTo(types);
        Discovery atV2 = Discovery.of(rfc, ServiceProviderConfig.zoomDefaults(), "/v2");
        assertThat(atV2.schemas().getJsonArray("Resources")).isEqualTo(schemas);
        assertThat(atV2.schemas().getInt("totalResults")).isEqualTo(3);
    }

    @Test
    void resourceTypeExample_requiredEnterpriseExtension_isEnforced() {
        SchemaRegistry.Builder builder = REGISTRY.toBuilder();
        Fixtures.json("rfc7643/8.6-resource-types.json").asJsonArray()
                .forEach(t -> builder.resourceType(ResourceType.fromJson(t.asJsonObject())));
        ResourceType user = builder.build().resourceType("User").orElseThrow();
        assertThatThrownBy(() -> RFC_RULES.validateCreate(user, Fixtures.object("rfc7643/8.2-full-user.json")))
                .isInstanceOf(ScimException.class)
                .hasMessageContaining(SchemaRegistry.ENTERPRISE_USER + ": the extension is required for User");
        assertThat(RFC_RULES.validateCreate(user, Fixtures.object("rfc7643/8.3-enterprise-user.json")))
                .containsKey(SchemaRegistry.ENTERPRISE_USER);
    }
}
