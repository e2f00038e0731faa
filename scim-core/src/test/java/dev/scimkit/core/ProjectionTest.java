package dev.scimkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeReference;
import dev.scimkit.core.schema.AttributeType;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.Returned;
import dev.scimkit.core.schema.Schema;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    private static final String ENT = SchemaRegistry.ENTERPRISE_USER;
    private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
    private static final ResourceType USER = REGISTRY.resourceType("User").orElseThrow();
    private final Projection projection = Projection.of(REGISTRY);
    private final JsonObject user = ScimJson.parseObject("{\"schemas\":[\"" + SchemaRegistry.USER + "\"],"
            + "\"id\":\"1\",\"userName\":\"u\",\"password\":\"secret\",\"name\":{\"givenName\":\"G\",\"familyName\":\"F\"},"
            + "\"emails\":[{\"value\":\"a@b.c\",\"type\":\"work\"},{\"value\":\"d@e.f\"}],\"shoeSize\":44,"
            + "\"meta\":{\"resourceType\":\"User\"},\"" + ENT + "\":{\"department\":\"Eng\",\"manager\":\"boss\"}}");

    private JsonObject apply(List<AttributeReference> include, List<AttributeReference> exclude) {
        return projection.apply(USER, user, include, exclude);
    }

    @Test
    void apply_noParameters_dropsNeverReturnedPassword() {
        JsonObject out = projection.apply(USER, user);
        assertThat(out).doesNotContainKey("password");
        assertThat(out).containsKeys("schemas", "id", "userName", "name", "emails", "shoeSize", "meta", ENT);
    }

    @Test
    void apply_attributes_keepsOnlyThoseAndAlwaysReturned() {
        JsonObject out = apply(List.of(AttributeReference.of("USERNAME")), List.of());
        assertThat(out).containsOnlyKeys("schemas", "id", "userName");
    }

    @Test
    void apply_subAttribute_keepsOnlyThatSubAttribute() {
        JsonObject out = apply(List.of(AttributeReference.of("name", "givenName"),
                AttributeReference.of("emails", "value")), List.of());
        assertThat(out.getJsonObject("name")).containsOnlyKeys("givenName");
        assertThat(out.getJsonArray("emails")).allSatisfy(e -> assertThat(e.asJsonObject()).containsOnlyKeys("value"));
    }

    @Test
    void apply_extensionAttributeWithoutUrn_keepsExtensionWithOnlyIt() {
        JsonObject out = apply(List.of(AttributeReference.of("department")), List.of());
        assertThat(out.getJsonObject(ENT)).containsOnlyKeys("department");
        JsonObject byUrn = apply(List.of(new AttributeReference(ENT.toUpperCase(), "manager", null)), List.of());
        assertThat(byUrn.getJsonObject(ENT)).containsOnlyKeys("manager");
    }

    @Test
    void apply_excludedAttributes_removeButNeverAlways() {
        JsonObject out = apply(List.of(), List.of(AttributeReference.of("emails"), AttributeReference.of("id"),
                AttributeReference.of("shoeSize"), new AttributeReference(ENT, "department", null),
                new AttributeReference(ENT, "manager", null)));
        assertThat(out).containsKeys("id", "userName").doesNotContainKeys("emails", "shoeSize", ENT, "password");
    }

    @Test
    void apply_excludedSubAttribute_removesItFromEachValue() {
        JsonObject out = apply(List.of(), List.of(AttributeReference.of("emails", "type"),
                AttributeReference.of("name", "givenName")));
        assertThat(out.getJsonArray("emails")).allSatisfy(e -> assertThat(e.asJsonObject()).containsOnlyKeys("value"));
        assertThat(out.getJsonObject("name")).containsOnlyKeys("familyName");
    }

    @Test
    void apply_requestedPassword_isStillNeverReturned() {
        assertThat(apply(List.of(AttributeReference.of("password")), List.of())).doesNotContainKey("password");
    }

    @Test
    void apply_requestReturnedAttribute_onlyWhenAsked() {
        Schema schema = new Schema("urn:test:T", "T", "", List.of(
                Attribute.builder("secretish", AttributeType.STRING).returned(Returned.REQUEST).build(),
                Attribute.builder("plain", AttributeType.STRING).build()));
        ResourceType type = new ResourceType("T", "/T", "", "urn:test:T", List.of());
        Projection p = Projection.of(SchemaRegistry.builder().schema(schema).resourceType(type).build());
        JsonObject resource = ScimJson.parseObject("{\"id\":\"1\",\"secretish\":\"s\",\"plain\":\"p\"}");
        assertThat(p.apply(type, resource)).containsOnlyKeys("id", "plain");
        assertThat(p.apply(type, resource, List.of(AttributeReference.of("secretish")), List.of()))
                .containsOnlyKeys("id", "secretish");
    }

    @Test
    void apply_bothListsGiven_selectThenExclude() {
        JsonObject out = apply(List.of(AttributeReference.of("name"), AttributeReference.of("userName")),
                List.of(AttributeReference.of("name", "familyName")));
        assertThat(out).containsOnlyKeys("schemas", "id", "userName", "name");
        assertThat(out.getJsonObject("name")).containsOnlyKeys("givenName");
    }
}
