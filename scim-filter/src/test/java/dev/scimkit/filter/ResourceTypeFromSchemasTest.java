package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The evaluator and the PATCH engine take a resource's type from its {@code schemas} by one rule
 * ({@code SchemaRegistry.resourceTypeOf}), also when {@code schemas} is a single string.
 */
class ResourceTypeFromSchemasTest {

    private static final JsonObject GROUP_WITH_ONE_STRING = ScimJson.parseObject(
            "{\"schemas\":\"urn:ietf:params:scim:schemas:core:2.0:Group\",\"id\":\"g1\",\"displayName\":\"Sales\","
                    + "\"members\":[{\"value\":\"u1\"}]}");

    @Test
    void evaluator_groupWithSchemasAsOneString_isAGroup() {
        assertThat(FilterEvaluator.defaults().resourceTypeOf(GROUP_WITH_ONE_STRING).name()).isEqualTo("Group");
        FilterEvaluator strict = FilterEvaluator.builder().strict(true).build();
        assertThat(strict.test(Filter.parse("members.value eq \"u1\""), GROUP_WITH_ONE_STRING)).isTrue();
    }

    @Test
    void patchEngine_groupWithSchemasAsOneString_isAGroupToo() {
        JsonObject patched = Patch.apply(GROUP_WITH_ONE_STRING, PatchRequest.of(PatchOperation.add("members",
                ScimJson.parse("[{\"value\":\"u2\"}]", dev.scimkit.core.json.JsonLimits.defaults()))), Patch.Options.strict());
        assertThat(patched.getJsonArray("members")).hasSize(2);
        assertThat(FilterEvaluator.defaults().test(Filter.parse("members.value eq \"u2\""), patched)).isTrue();
    }

    @Test
    void evaluator_resourceWithoutKnownSchemas_isStillAUser() {
        assertThat(FilterEvaluator.defaults().resourceTypeOf(ScimJson.parseObject("{\"userName\":\"a\"}")).name())
                .isEqualTo("User");
    }
}
