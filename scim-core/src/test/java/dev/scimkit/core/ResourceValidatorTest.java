package dev.scimkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeType;
import dev.scimkit.core.schema.Mutability;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.Schema;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceValidatorTest {

    private static final String ENT = SchemaRegistry.ENTERPRISE_USER;
    private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
    private static final ResourceType USER = REGISTRY.resourceType("User").orElseThrow();
    private static final ResourceType GROUP = REGISTRY.resourceType("Group").orElseThrow();
    private final ResourceValidator validator = ResourceValidator.of(REGISTRY);

    private static JsonObject json(String text) {
        return ScimJson.parseObject(text);
    }

    private static void assertInvalid(ThrowingCallable call, String scimType, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.scimType()).isEqualTo(scimType);
            assertThat(e.detail()).isEqualTo(detail);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}                                                   | userName: is required",
            "{\"userName\":\"\"}                                   | userName: is required",
            "{\"userName\":null}                                   | userName: is required",
            "{\"userName\":7}                                      | userName: must be a string but is a number",
            "{\"userName\":\"u\",\"active\":\"true\"}              | active: must be a boolean but is a string",
            "{\"userName\":\"u\",\"emails\":\"a@b.c\"}             | emails: must be an array but is a string",
            "{\"userName\":\"u\",\"emails\":[{\"value\":1}]}       | emails[0].value: must be a string but is a number",
            "{\"userName\":\"u\",\"emails\":[null]}                | emails[0]: must not be null",
            "{\"userName\":\"u\",\"emails\":[\"x\"]}               | emails[0]: must be an object but is a string",
            "{\"userName\":\"u\",\"name\":[]}                      | name: must be an object but is an array",
            "{\"userName\":\"u\",\"userType\":\"Collaboration\"}   | userType: \"Collaboration\" is not one of Basic, Licensed, On-Prem",
            "{\"userName\":\"u\",\"profileUrl\":\"http://a b\"}    | profileUrl: \"http://a b\" is not a URI reference: Illegal character in authority",
            "{\"userName\":\"u\",\"x509Certificates\":[{\"value\":\"%%%\"}]} | x509Certificates[0].value: is not base64-encoded binary",
            "{\"userName\":\"u\",\"emails\":[{\"value\":\"a\",\"primary\":true},{\"value\":\"b\",\"primary\":true}]} | emails: 2 values are marked primary; at most one may be",
            "{\"userName\":\"u\",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"manager\":5}} | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager: must be an object but is a number",
            "{\"userName\":\"u\",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"manager\":{\"value\":false}}} | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value: must be a string but is a boolean",
            "{\"userName\":\"u\",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":\"Eng\"} | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User: an extension must be an object but is a string",
            "{\"userName\":\"u\",\"urn:us:zoom:scim:schemas:extension:1.0:ZoomUser\":{\"loginType\":{\"sso\":\"yes\"}}} | urn:us:zoom:scim:schemas:extension:1.0:ZoomUser:loginType.sso: must be a boolean but is a string",
            "{\"userName\":\"u\",\"urn:ietf:params:scim:schemas:extension:zoom:1.0:User\":{\"zoomWhiteboard\":1}} | urn:ietf:params:scim:schemas:extension:zoom:1.0:User:zoomWhiteboard: must be a boolean but is a number",
            "{\"userName\":\"u\",\"schemas\":[1]}                  | schemas[0]: must be a string but is a number",
    })
    void validateCreate_invalidUser_isInvalidValueNamingPath(String body, String detail) {
        assertInvalid(() -> validator.validateCreate(USER, json(body)), ScimException.INVALID_VALUE, detail);
    }

    @Test
    void validateCreate_zoomShapes_areAccepted() {
        JsonObject valid = validator.validateCreate(USER, json("{\"schemas\":\"" + SchemaRegistry.USER + "\","
                + "\"userName\":\"a@b.c\",\"userType\":\"licensed\",\"roles\":{\"value\":\"2\",\"primary\":true},"
                + "\"" + ENT + "\":{\"manager\":\"boss@example.com\",\"customAttribute\":\"x\"},"
                + "\"urn:ietf:params:scim:schemas:extension:zoom:1.0:User\":{\"zoomNewThing\":{\"a\":1},"
                + "\"zoomPhoneSite\":\"Main\"}}"));
        assertThat(valid.getJsonArray("roles")).hasSize(1);
        assertThat(valid.getJsonObject(ENT).getString("manager")).isEqualTo("boss@example.com");
        assertThat(valid.getJsonObject(ENT).getString("customAttribute")).isEqualTo("x");
        assertThat(valid.getJsonObject("urn:ietf:params:scim:schemas:extension:zoom:1.0:User"))
                .containsKeys("zoomNewThing", "zoomPhoneSite");
    }

    @Test
    void validateCreate_readOnlyInput_isDropped() {
        JsonObject valid = validator.validateCreate(USER, json("{\"id\":\"forged\",\"meta\":{\"version\":\"x\"},"
                + "\"userName\":\"u\",\"groups\":[{\"value\":\"g\"}],\"" + ENT + "\":{\"manager\":{\"value\":\"m\","
                + "\"displayName\":\"M\"}},\"unknownThing\":1}"));
        assertThat(valid).containsOnlyKeys("userName", ENT, "unknownThing");
        assertThat(valid.getJsonObject(ENT).getJsonObject("manager")).containsOnlyKeys("value");
    }

    @Test
    void validateCreate_nullOptionalAttribute_isLeftOut() {
        assertThat(validator.validateCreate(USER, json("{\"userName\":\"u\",\"title\":null}"))).containsOnlyKeys("userName");
    }

    @Test
    void validateCreate_nonStrictValidator_acceptsOtherUserTypes() {
        assertThat(validator.withStrictCanonicalValues(false)
                .validateCreate(USER, json("{\"userName\":\"u\",\"userType\":\"Collaboration\"}")))
                .containsKey("userType");
    }

    @Test
    void validateCreate_sameAttributeInTwoCases_isInvalidSyntax() {
        assertInvalid(() -> validator.validateCreate(USER, json("{\"userName\":\"a\",\"USERNAME\":\"b\"}")),
                ScimException.INVALID_SYNTAX,
                "attribute \"USERNAME\" appears more than once (attribute names are case-insensitive)");
    }

    @Test
    void validateCreate_groupWithoutDisplayName_isInvalidValue() {
        assertInvalid(() -> validator.validateCreate(GROUP, json("{\"members\":[]}")), ScimException.INVALID_VALUE,
                "displayName: is required");
        assertThat(validator.validateCreate(GROUP, json("{\"displayName\":\"G\",\"members\":[{\"value\":\"1\"}],"
                + "\"urn:ietf:params:scim:schemas:extension:zoom:2.0:Group\":{\"emailAlias\":\"g@x\"}}")))
                .containsKeys("members", SchemaRegistry.ZOOM_GROUP);
    }

    @Test
    void validateCreate_typedAttributes_checkDateTimeIntegerDecimal() {
        Schema schema = new Schema("urn:test:Thing", "Thing", "", List.of(
                Attribute.builder("born", AttributeType.DATE_TIME).build(),
                Attribute.builder("count", AttributeType.INTEGER).build(),
                Attribute.builder("ratio", AttributeType.DECIMAL).build(),
                Attribute.builder("serial", AttributeType.STRING).caseExact(true)
                        .mutability(Mutability.IMMUTABLE).build(),
                Attribute.builder("label", AttributeType.STRING).mutability(Mutability.IMMUTABLE).build()));
        ResourceType thing = new ResourceType("Thing", "/Things", "", "urn:test:Thing", List.of());
        ResourceValidator v = ResourceValidator.of(SchemaRegistry.builder().schema(schema).resourceType(thing).build());
        assertThat(v.validateCreate(thing, json("{\"born\":\"2008-01-23T04:56:22Z\",\"count\":3,\"ratio\":0.5}")))
                .hasSize(3);
        assertThat(v.validateCreate(thing, json("{\"born\":\"2008-01-23T04:56:22\"}"))).hasSize(1);
        assertInvalid(() -> v.validateCreate(thing, json("{\"born\":\"yesterday\"}")), ScimException.INVALID_VALUE,
                "born: \"yesterday\" is not an xsd:dateTime such as 2008-01-23T04:56:22Z");
        assertInvalid(() -> v.validateCreate(thing, json("{\"count\":1.5}")), ScimException.INVALID_VALUE,
                "count: must be an integer but is a number");
        assertInvalid(() -> v.validateCreate(thing, json("{\"ratio\":\"0.5\"}")), ScimException.INVALID_VALUE,
                "ratio: must be a decimal number but is a string");

        JsonObject stored = json("{\"serial\":\"AB-1\",\"label\":\"Lab\"}");
        assertThat(v.validateReplace(thing, stored, json("{\"serial\":\"AB-1\",\"label\":\"LAB\"}"))).hasSize(2);
        assertThat(v.validateReplace(thing, json("{}"), json("{\"serial\":\"new\"}"))).hasSize(1);
        assertInvalid(() -> v.validateReplace(thing, stored, json("{\"serial\":\"ab-1\"}")), ScimException.MUTABILITY,
                "serial: is immutable and already set to \"AB-1\"; it cannot change to \"ab-1\"");
    }

    @Test
    void validateReplace_userWithReadOnlyChanges_ignoresThem() {
        JsonObject stored = json("{\"id\":\"1\",\"userName\":\"u\",\"groups\":[{\"value\":\"g\"}]}");
        JsonObject valid = validator.validateReplace(USER, stored, json("{\"id\":\"2\",\"userName\":\"u2\"}"));
        assertThat(valid).containsOnlyKeys("userName");
    }

    @Test
    void validateCreate_unknownRegistrySchema_isIllegalArgument() {
        ResourceType stray = new ResourceType("Stray", "/Stray", "", "urn:nowhere", List.of());
        assertThatThrownBy(() -> validator.validateCreate(stray, json("{}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("urn:nowhere");
    }
}
