package dev.scimkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The rules every module shares: a resource's type from its {@code schemas}, and index keys of values. */
class SharedRulesTest {

    private final SchemaRegistry registry = SchemaRegistry.defaults();

    @Test
    void resourceTypeOf_schemasAsArrayOrSingleStringInAnyCase() {
        assertThat(registry.resourceTypeOf(ScimJson.parseObject(
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"G\"}")))
                .map(ResourceType::name).contains("Group");
        assertThat(registry.resourceTypeOf(ScimJson.parseObject(
                "{\"schemas\":\"urn:ietf:params:scim:schemas:core:2.0:Group\",\"displayName\":\"G\"}")))
                .map(ResourceType::name).contains("Group");
        assertThat(registry.resourceTypeOf(ScimJson.parseObject(
                "{\"SCHEMAS\":[\"URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER\"]}")))
                .map(ResourceType::name).contains("User");
        assertThat(registry.resourceTypeOf(ScimJson.parseObject("{\"schemas\":[7,\"urn:x\"]}"))).isEmpty();
        assertThat(registry.resourceTypeOf(ScimJson.parseObject("{\"userName\":\"a\"}"))).isEmpty();
    }

    @Property
    void indexKey_equalExactlyWhenValuesEqual(@ForAll String a, @ForAll String b) {
        Attribute ignoringCase = Attribute.builder("userName", AttributeType.STRING).build();
        Attribute exact = Attribute.builder("id", AttributeType.STRING).caseExact(true).build();
        for (Attribute attribute : new Attribute[] {ignoringCase, exact}) {
            assertThat(attribute.indexKey(a).equals(attribute.indexKey(b))).isEqualTo(attribute.valuesEqual(a, b));
            assertThat(attribute.indexKey(a).equals(attribute.indexKey(a.toUpperCase())))
                    .isEqualTo(attribute.valuesEqual(a, a.toUpperCase()));
        }
    }

    @Test
    void indexKey_foldsCharactersThatLowerCaseAloneWouldNot() {
        Attribute ignoringCase = Attribute.builder("userName", AttributeType.STRING).build();
        // U+0130 (İ) equalsIgnoreCase 'i' through its upper case; toLowerCase(Locale.ROOT) gives "i̇".
        assertThat(ignoringCase.valuesEqual("\u0130", "i")).isEqualTo(
                ignoringCase.indexKey("\u0130").equals(ignoringCase.indexKey("i")));
        assertThat(ignoringCase.indexKey("Jill@Example.COM")).isEqualTo("jill@example.com");
    }
}
