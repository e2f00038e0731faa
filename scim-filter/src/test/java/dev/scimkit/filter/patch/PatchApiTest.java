package dev.scimkit.filter.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.FilterParseException;
import dev.scimkit.filter.Patch;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The public surface of {@link Patch}: options, prepared requests, argument checks. */
class PatchApiTest {

    private static final JsonObject USER = ScimJson.parseObject(
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"u1\",\"userName\":\"bjensen\"}");
    private static final JsonObject UNTYPED = ScimJson.parseObject("{\"id\":\"x\",\"custom\":{\"a\":1}}");

    @Test
    void apply_emptyOperations_returnsSameInstance() {
        assertThat(Patch.apply(USER, new PatchRequest(java.util.List.of()))).isSameAs(USER);
    }

    @Test
    void apply_nullArguments_throwNullPointerNamingThem() {
        PatchRequest request = PatchRequest.of(PatchOperation.remove("title"));
        assertThatThrownBy(() -> Patch.apply(null, request)).isInstanceOf(NullPointerException.class)
                .hasMessage("resource is null");
        assertThatThrownBy(() -> Patch.apply(USER, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("request is null");
        assertThatThrownBy(() -> Patch.apply(USER, request, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("options is null");
        assertThatThrownBy(() -> Patch.diff(USER, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("after is null");
        assertThatThrownBy(() -> Patch.prepare(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("request is null");
    }

    @Test
    void options_defaults_areLenientWithDefaultSchemasAndInferredType() {
        assertThat(Patch.Options.defaults().lenient()).isTrue();
        assertThat(Patch.Options.defaults().schemas()).isSameAs(SchemaRegistry.defaults());
        assertThat(Patch.Options.defaults().resourceType()).isEmpty();
        assertThat(Patch.Options.strict().lenient()).isFalse();
    }

    @Test
    void optionsBuilder_settingTwice_failsNamingTheSetting() {
        assertThatThrownBy(() -> Patch.Options.builder().lenient(true).lenient(false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lenient was already set");
        assertThatThrownBy(() -> Patch.Options.builder().schemas(SchemaRegistry.defaults()).schemas(SchemaRegistry.defaults()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("schemas was already set");
    }

    @Test
    void optionsBuilder_unregisteredResourceType_fails() {
        SchemaRegistry empty = SchemaRegistry.builder().build();
        var user = SchemaRegistry.defaults().resourceType("User").orElseThrow();
        assertThatThrownBy(() -> Patch.Options.builder().schemas(empty).resourceType(user).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not registered");
    }

    @Test
    void apply_explicitResourceType_checksResourceWithoutSchemas() {
        var group = SchemaRegistry.defaults().resourceType("Group").orElseThrow();
        Patch.Options options = Patch.Options.builder().resourceType(group).lenient(false).build();
        assertThatThrownBy(() -> Patch.apply(UNTYPED, PatchRequest.of(
                PatchOperation.replace("userName", ScimJson.provider().createValue("x"))), options))
                .isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.scimType()).isEqualTo(ScimException.INVALID_PATH));
    }

    @Test
    void apply_resourceOfUnknownType_patchesWithoutSchema() {
        JsonObject out = Patch.apply(UNTYPED, PatchRequest.of(
                PatchOperation.add("custom.b", JsonValue.TRUE), PatchOperation.add("tags", ScimJson.builders()
                        .createArrayBuilder().add("x").build())));
        assertThat(out.getJsonObject("custom")).isEqualTo(ScimJson.parseObject("{\"a\":1,\"b\":true}"));
        assertThat(out.getJsonArray("tags")).hasSize(1);
    }

    @Test
    void prepare_malformedPath_throwsWithPositionAndIndex() {
        PatchRequest request = PatchRequest.of(PatchOperation.remove("title"), PatchOperation.remove("emails[type eq"));
        assertThatThrownBy(() -> Patch.prepare(request)).isInstanceOfSatisfying(FilterParseException.class, e -> {
            assertThat(e.scimType()).isEqualTo(ScimException.INVALID_PATH);
            assertThat(e.detail()).startsWith("Operations[1] (remove \"emails[type eq\")");
            assertThat(e.position()).isPositive();
        });
    }

    @Test
    void prepared_appliedToManyResources_equalsApply() {
        PatchRequest request = PatchRequest.of(PatchOperation.replace("displayName", ScimJson.provider().createValue("B")));
        Patch.Prepared prepared = Patch.prepare(request);
        assertThat(prepared.request()).isSameAs(request);
        for (JsonObject resource : java.util.List.of(USER, UNTYPED)) {
            assertThat(prepared.apply(resource)).isEqualTo(Patch.apply(resource, request));
        }
    }
}
