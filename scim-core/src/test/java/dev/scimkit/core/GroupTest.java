package dev.scimkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class GroupTest {

    @Test
    void fromJson_rfcExample_roundTrips() {
        JsonObject json = Fixtures.object("rfc7643/8.4-group.json");
        Group group = Group.fromJson(json);
        assertThat(group.displayName()).isEqualTo("Tour Guides");
        assertThat(group.members()).extracting(Member::display).containsExactly("Babs Jensen", "Mandy Pepperidge");
        assertThat(group.toJson()).isEqualTo(json);
        assertThat(Group.parse(group.toJsonString())).isEqualTo(group);
        assertThat(Group.parse(Fixtures.bytes("rfc7643/8.4-group.json"))).isEqualTo(group);
    }

    @Test
    void fromJson_zoomGroup_fillsEmptySchemasAndReadsExtension() {
        Group group = Group.fromJson(Fixtures.object("zoom/group.json"));
        assertThat(group.schemas()).containsExactly(SchemaRegistry.GROUP, SchemaRegistry.ZOOM_GROUP);
        assertThat(group.zoomGroup().emailAlias()).isEqualTo("group@example.com");
        assertThat(group.meta().version()).isEqualTo("1.0.0");
        assertThat(Group.fromJson(group.toJson())).isEqualTo(group);
    }

    @Test
    void fromJson_singleMemberObjectAndUnknowns_areKept() {
        Group group = Group.parse("{\"DisplayName\":\"G\",\"members\":{\"value\":\"1\",\"primary\":true,\"x\":1},"
                + "\"urn:example:g\":{\"a\":1},\"color\":\"red\"}");
        assertThat(group.members()).hasSize(1);
        assertThat(group.members().get(0).unknownAttributes()).containsOnlyKeys("x", "primary");
        assertThat(group.extensions()).containsOnlyKeys("urn:example:g");
        assertThat(group.unknownAttributes()).containsOnlyKeys("color");
        assertThat(Group.fromJson(group.toJson())).isEqualTo(group);
    }

    @Test
    void builder_membersAndExtension_build() {
        Group group = Group.builder().displayName("Eng").addMember(Member.user("u1")).addMember(Member.group("g2"))
                .zoomGroup(ZoomGroup.ofEmailAlias("eng@example.com")).build();
        JsonObject json = group.toJson();
        assertThat(json.getJsonArray("members").getJsonObject(0))
                .isEqualTo(Json.createObjectBuilder().add("value", "u1").add("type", "User").build());
        assertThat(json.getJsonArray("schemas").getString(1)).isEqualTo(SchemaRegistry.ZOOM_GROUP);
        assertThat(group.attribute(null, "emailAlias", null)).hasValue(Json.createValue("eng@example.com"));
        assertThat(group.toBuilder().build()).isEqualTo(group);
    }

    @Test
    void fromJson_membersNotObjects_namesIndex() {
        assertThatThrownBy(() -> Group.fromJson(ScimJson.parseObject("{\"members\":[{\"value\":\"1\"},\"2\"]}")))
                .isInstanceOf(ScimException.class).hasMessageContaining("members[1]");
    }
}
