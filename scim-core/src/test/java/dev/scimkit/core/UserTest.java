package dev.scimkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UserTest {

    @ParameterizedTest
    @ValueSource(strings = {"rfc7643/8.1-minimal-user.json", "rfc7643/8.2-full-user.json",
            "rfc7643/8.3-enterprise-user.json", "zoom/get-user.json"})
    void fromJson_rfcAndZoomExamples_roundTripEveryMember(String fixture) {
        JsonObject json = Fixtures.object(fixture);
        User user = User.fromJson(json);
        JsonObject written = user.toJson();
        if (fixture.startsWith("zoom")) {
            // Zoom's single-object roles/groups come back as arrays; everything else is unchanged
            assertThat(written.getJsonArray("roles")).containsExactly(json.get("roles"));
            assertThat(written.getJsonArray("groups")).containsExactly(json.get("groups"));
            JsonObject rest = ScimJson.builders().createObjectBuilder(written).remove("roles").remove("groups").build();
            JsonObject expected = ScimJson.builders().createObjectBuilder(json).remove("roles").remove("groups").build();
            assertThat(rest).isEqualTo(expected);
        } else {
            assertThat(written).isEqualTo(json);
        }
        assertThat(User.fromJson(written)).isEqualTo(user);
        assertThat(User.parse(Fixtures.bytes(fixture))).isEqualTo(user);
        assertThat(User.parse(user.toJsonString())).isEqualTo(user);
        assertThat(ScimJson.parseObject(user.toJsonString())).isEqualTo(written);
    }

    @Test
    void fromJson_enterpriseExample_readsTypedParts() {
        User user = User.fromJson(Fixtures.object("rfc7643/8.3-enterprise-user.json"));
        assertThat(user.userName()).isEqualTo("bjensen@example.com");
        assertThat(user.name().givenName()).isEqualTo("Barbara");
        assertThat(user.emails()).hasSize(2);
        assertThat(user.primaryEmail()).hasValue("bjensen@example.com");
        assertThat(user.addresses().get(0).isPrimary()).isTrue();
        assertThat(user.groups()).extracting(GroupMembership::display)
                .containsExactly("Tour Guides", "Employees", "US Employees");
        assertThat(user.enterpriseUser().department()).isEqualTo("Tour Operations");
        assertThat(user.enterpriseUser().manager())
                .isEqualTo(new EnterpriseUser.Manager("26118915-6090-4610-87e4-49d8ca9f808d",
                        "../Users/26118915-6090-4610-87e4-49d8ca9f808d", "John Smith", false, null));
        assertThat(user.meta().createdTime()).hasValue(Instant.parse("2010-01-23T04:56:22Z"));
        assertThat(user.active()).isTrue();
        assertThat(user.x509Certificates()).hasSize(1);
    }

    @Test
    void fromJson_zoomUser_readsQuirks() {
        User user = User.fromJson(Fixtures.object("zoom/get-user.json"));
        assertThat(user.roles()).containsExactly(new Role("2", "Member", null, true, null));
        assertThat(user.groups()).containsExactly(new GroupMembership(null, null, "Engineering", "direct", true, null));
        assertThat(user.enterpriseUser().manager()).isEqualTo(EnterpriseUser.Manager.ofString("boss@example.com"));
        assertThat(user.enterpriseUser().unknownAttributes().getString("customAttribute")).isEqualTo("kept");
        assertThat(user.zoomUser().loginType().sso()).isTrue();
        assertThat(user.zoomUser().loginType().workEmail()).isFalse();
        assertThat(user.zoomUserLicense().personalLinkName()).hasValue("jill.chill");
        assertThat(user.zoomUserLicense().flag("ZOOMWHITEBOARD")).hasValue(true);
        assertThat(user.zoomUserLicense().attributes()).containsKey("zoomFutureThing");
        assertThat(user.phoneNumbers().get(0).type()).isEqualTo("office");
        assertThat(user.id()).isEqualTo("k&KdKr6TLWuxdDtk0hjSzL");
    }

    @Test
    void fromJson_namesInAnyCase_areMatched() {
        User user = User.parse("{\"USERNAME\":\"a@b.c\",\"Name\":{\"GIVENNAME\":\"A\"},\"EMAILS\":[{\"VALUE\":\"a@b.c\","
                + "\"Primary\":\"True\"}],\"urn:ietf:params:scim:schemas:extension:ENTERPRISE:2.0:user\":"
                + "{\"Department\":\"X\"},\"Active\":\"false\"}");
        assertThat(user.userName()).isEqualTo("a@b.c");
        assertThat(user.name().givenName()).isEqualTo("A");
        assertThat(user.emails()).containsExactly(new Email("a@b.c", null, null, true, null));
        assertThat(user.enterpriseUser().department()).isEqualTo("X");
        assertThat(user.active()).isFalse();
        assertThat(user.toJson().containsKey("userName")).isTrue();
        assertThat(user.schemas()).containsExactly(SchemaRegistry.USER, SchemaRegistry.ENTERPRISE_USER);
    }

    @Test
    void fromJson_unknownAttributesAndExtensions_survive() {
        JsonObject json = ScimJson.parseObject("{\"schemas\":[\"" + SchemaRegistry.USER + "\",\"urn:example:ext:1.0\"],"
                + "\"userName\":\"u\",\"shoeSize\":44.5,\"tags\":[1,\"two\",null,{\"x\":[]}],"
                + "\"urn:example:ext:1.0\":{\"level\":{\"deep\":[true]}},\"urn:not-an-object\":\"plain\","
                + "\"name\":{\"givenName\":\"Ü\",\"nickname2\":\"日本\"}}");
        User user = User.fromJson(json);
        assertThat(user.unknownAttributes().keySet()).containsExactly("shoeSize", "tags", "urn:not-an-object");
        assertThat(user.extensions()).containsOnlyKeys("urn:example:ext:1.0");
        assertThat(user.name().unknownAttributes().getString("nickname2")).isEqualTo("日本");
        assertThat(user.toJson()).isEqualTo(json);
    }

    @Test
    void fromJson_schemasAsString_isReadAsList() {
        User user = User.parse("{\"schemas\":\"" + SchemaRegistry.USER + "\",\"userType\":\"Basic\"}");
        assertThat(user.schemas()).containsExactly(SchemaRegistry.USER);
    }

    @Test
    void fromJson_nullsAndEmptyArrays_areAbsent() {
        User user = User.parse("{\"userName\":\"u\",\"title\":null,\"emails\":[],\"name\":null}");
        assertThat(user.title()).isNull();
        assertThat(user.emails()).isEmpty();
        assertThat(user.toJson().keySet()).containsExactly("schemas", "userName");
    }

    @Test
    void fromJson_wrongType_namesAttributePath() {
        assertThatThrownBy(() -> User.parse("{\"emails\":[{\"value\":\"a\"},{\"value\":7}]}"))
                .isInstanceOfSatisfying(ScimException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.scimType()).isEqualTo(ScimException.INVALID_VALUE);
                    assertThat(e.detail()).startsWith("emails[1].value: must be a string but is a number")
                            .contains("line 1");
                });
        assertThatThrownBy(() -> User.fromJson(ScimJson.parseObject("{\"active\":\"yes\"}")))
                .isInstanceOf(ScimException.class).hasMessageContaining("active");
        assertThatThrownBy(() -> User.parse("{\"" + SchemaRegistry.ENTERPRISE_USER + "\":[]}"))
                .isInstanceOf(ScimException.class).hasMessageContaining(SchemaRegistry.ENTERPRISE_USER);
        assertThatThrownBy(() -> User.parse("{\"name\":\"Babs\"}"))
                .isInstanceOf(ScimException.class).hasMessageContaining("name: must be an object");
    }

    @Test
    void fromJson_duplicateAttributeInOtherCase_isInvalidSyntax() {
        assertThatThrownBy(() -> User.fromJson(ScimJson.parseObject("{\"userName\":\"a\",\"USERNAME\":\"b\"}")))
                .isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.scimType()).isEqualTo(ScimException.INVALID_SYNTAX))
                .hasMessageContaining("USERNAME");
    }

    @Test
    void parse_malformedOrTrailingContent_isInvalidSyntax() {
        assertThatThrownBy(() -> User.parse("{\"userName\":}")).isInstanceOf(ScimException.class)
                .hasMessageContaining("invalidSyntax");
        assertThatThrownBy(() -> User.parse("{} {}")).isInstanceOf(ScimException.class)
                .hasMessageContaining("EOF");
        assertThatThrownBy(() -> User.parse("[]")).isInstanceOf(ScimException.class)
                .hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> User.parse("{\"x\":" + "[".repeat(100) + "]".repeat(100) + "}"))
                .isInstanceOf(ScimException.class).hasMessageContaining("deeper than 64");
        assertThatThrownBy(() -> User.parse(new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b}))
                .isInstanceOf(ScimException.class);
    }

    @Test
    void builder_defaults_computeSchemasFromExtensions() {
        User user = User.builder().userName("a@b.c").zoomUser(ZoomUser.of(false, true))
                .enterpriseUser(EnterpriseUser.ofDepartment("Eng")).build();
        assertThat(user.schemas()).containsExactly(SchemaRegistry.USER, SchemaRegistry.ENTERPRISE_USER,
                SchemaRegistry.ZOOM_USER);
        assertThat(user.toJson().getJsonObject(SchemaRegistry.ZOOM_USER).getJsonObject("loginType"))
                .isEqualTo(Json.createObjectBuilder().add("workEmail", false).add("sso", true).build());
    }

    @Test
    void toBuilder_copiesEverything_andChangesOnlyWhatIsSet() {
        User user = User.fromJson(Fixtures.object("zoom/get-user.json"));
        assertThat(user.toBuilder().build()).isEqualTo(user).hasSameHashCodeAs(user);
        User changed = user.toBuilder().active(false).build();
        assertThat(changed.active()).isFalse();
        assertThat(changed).isNotEqualTo(user);
        assertThat(user.active()).isTrue();
    }

    @Test
    void builder_modelledNameAsUnknown_isRejected() {
        assertThatThrownBy(() -> User.builder().unknownAttributes(
                Json.createObjectBuilder().add("UserName", "x").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UserName");
        assertThatThrownBy(() -> User.builder().extension(SchemaRegistry.ZOOM_USER, JsonValue.EMPTY_JSON_OBJECT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> User.builder().extension("notaurn", JsonValue.EMPTY_JSON_OBJECT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> User.builder().emails(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("emails is null");
    }

    @Test
    void toString_neverShowsPassword() {
        User user = User.builder().userName("u").password("t1meMa$heen").build();
        assertThat(user.toString()).doesNotContain("t1meMa$heen").contains("***");
    }

    @Test
    void attribute_byComponents_readsModelledAndUnknown() {
        User user = User.fromJson(Fixtures.object("zoom/get-user.json"));
        assertThat(user.attribute(null, "USERNAME", null)).hasValue(Json.createValue("jchill@example.com"));
        assertThat(user.attribute(null, "emails", "value"))
                .hasValue(Json.createArrayBuilder().add("jchill@example.com").build());
        assertThat(user.attribute(SchemaRegistry.ENTERPRISE_USER, "manager", null))
                .hasValue(Json.createValue("boss@example.com"));
        assertThat(user.attribute(null, "customAttribute", null)).hasValue(Json.createValue("kept"));
        assertThat(user.attribute(SchemaRegistry.ZOOM_USER, "loginType", "sso")).hasValue(JsonValue.TRUE);
        assertThat(user.attribute(null, "zoomFutureThing", "level")).hasValue(Json.createValue(3));
        assertThat(user.attribute(SchemaRegistry.USER, "department", null)).isEmpty();
        assertThat(user.attribute(null, "nothing", null)).isEmpty();
    }

    @Test
    void parse_bytesWithNonAscii_keepsText() {
        String text = "{\"userName\":\"zoë@example.com\",\"displayName\":\"Zoë 🚀 张\"}";
        User user = User.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(user.displayName()).isEqualTo("Zoë 🚀 张");
        assertThat(User.parse(user.toJsonString())).isEqualTo(user);
    }

    @Test
    void equals_differentUnknownAttributes_areNotEqual() {
        User a = User.parse("{\"userName\":\"u\",\"x\":1}");
        User b = User.parse("{\"userName\":\"u\",\"x\":2}");
        assertThat(a).isNotEqualTo(b);
        assertThat(a).isEqualTo(User.parse("{\"x\":1,\"userName\":\"u\"}"));
        assertThat(List.of(a)).doesNotContain(b);
    }
}
