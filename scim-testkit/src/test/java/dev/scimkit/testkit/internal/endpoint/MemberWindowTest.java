package dev.scimkit.testkit.internal.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.json.ScimJson;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberWindowTest {

    private static Set<String> window(String... operations) {
        return MemberWindow.of(PatchRequest.fromJson(ScimJson.parseObject(
                "{\"Operations\":[" + String.join(",", operations) + "]}")));
    }

    @Test
    void identityProviderMembershipShapes_nameTheirMembers() {
        assertThat(window("{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"a\"},{\"value\":\"b\"}]}"))
                .containsExactly("a", "b");
        assertThat(window("{\"op\":\"remove\",\"path\":\"members[value eq \\\"a\\\"]\"}")).containsExactly("a");
        assertThat(window("{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"a\"}]}")).containsExactly("a");
        assertThat(window("{\"op\":\"add\",\"path\":\"urn:ietf:params:scim:schemas:core:2.0:Group:members\","
                + "\"value\":{\"value\":\"a\"}}")).containsExactly("a");
        assertThat(window("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"X\"}",
                "{\"op\":\"replace\",\"value\":{\"displayName\":\"Y\"}}",
                "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"c\"}]}")).containsExactly("c");
        assertThat(window("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"X\"}")).isEmpty();
    }

    @Test
    void anythingElseTouchingMembers_needsTheWholeGroup() {
        assertThat(window("{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"a\"}]}")).isNull();
        assertThat(window("{\"op\":\"remove\",\"path\":\"members\"}")).isNull();
        assertThat(window("{\"op\":\"remove\",\"path\":\"members[display eq \\\"A\\\"]\"}")).isNull();
        assertThat(window("{\"op\":\"remove\",\"path\":\"members[value sw \\\"a\\\"]\"}")).isNull();
        assertThat(window("{\"op\":\"replace\",\"path\":\"members[value eq \\\"a\\\"].display\",\"value\":\"A\"}"))
                .isNull();
        assertThat(window("{\"op\":\"add\",\"path\":\"members.display\",\"value\":\"A\"}")).isNull();
        assertThat(window("{\"op\":\"add\",\"path\":\"members\",\"value\":[\"a\"]}")).isNull();
        assertThat(window("{\"op\":\"replace\",\"value\":{\"Members\":[]}}")).isNull();
        assertThat(window("{\"op\":\"replace\",\"value\":{\"members.value\":\"a\"}}")).isNull();
        assertThat(window("{\"op\":\"add\",\"path\":\"members[\",\"value\":[]}")).isNull();
    }

    @Test
    void removingAndAddingOneMember_needsTheWholeGroup() {
        assertThat(window("{\"op\":\"remove\",\"path\":\"members[value eq \\\"a\\\"]\"}",
                "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"A\"}]}")).isNull();
        assertThat(window("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"a\"}]}",
                "{\"op\":\"remove\",\"path\":\"members\",\"value\":[{\"value\":\"a\"}]}")).isNull();
    }
}
