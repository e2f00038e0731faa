package dev.scimkit.testkit;

import static dev.scimkit.testkit.ScimAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.Email;
import dev.scimkit.core.EnterpriseUser;
import dev.scimkit.core.Group;
import dev.scimkit.core.ListResponse;
import dev.scimkit.core.Member;
import dev.scimkit.core.Meta;
import dev.scimkit.core.Name;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScimAssertionsTest {

    private static final User USER = User.builder().id("u1").userName("bjensen@example.com").externalId("ext-1")
            .name(Name.of("Barbara", "Jensen")).displayName("Barbara Jensen").userType("Basic").active(true)
            .emails(List.of(Email.of("bjensen@example.com", "work", true), Email.of("b@home.example", "home", false)))
            .enterpriseUser(EnterpriseUser.ofDepartment("Sales")).build();
    private static final Group GROUP = Group.builder().id("g1").displayName("Sales").externalId("x")
            .members(List.of(Member.user("u1"), Member.user("u2"))).build();
    private static final RecordedRequest REQUEST = new RecordedRequest(3, "PATCH", "/scim2/Users/u1",
            "filter=userName%20eq%20%22a%22&count=2", Map.of("content-type", List.of("application/scim+json")),
            "{\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}],\"schemas\":[\"s\"]}", 200, "{}");

    @Test
    void userAssert_passesOnMatchingValues() {
        assertThat(USER).hasId("u1").hasUserName("bjensen@example.com").hasExternalId("ext-1")
                .hasDisplayName("Barbara Jensen").hasUserType("Basic").isActive().hasPrimaryEmail("bjensen@example.com")
                .hasEmail("b@home.example").hasDepartment("Sales")
                .matchesFilter("emails[type eq \"work\" and value ew \"@example.com\"]")
                .doesNotMatchFilter("userName eq \"someone@example.com\"")
                .isEqualToIgnoringIdAndMeta(USER.toBuilder().id("other").meta(new Meta("User", null, null, null, null,
                        null)).build());
    }

    @Test
    void userAssert_failsNamingExpectedAndActual() {
        assertThatThrownBy(() -> assertThat(USER).hasUserName("BJENSEN@example.com"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected user to have userName <BJENSEN@example.com> but was <bjensen@example.com>");
        assertThatThrownBy(() -> assertThat(USER).isInactive()).isInstanceOf(AssertionError.class)
                .hasMessage("Expected user <bjensen@example.com> to be inactive but active was <true>");
        assertThatThrownBy(() -> assertThat(USER).hasEmail("x@example.com")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("[bjensen@example.com, b@home.example]");
        assertThatThrownBy(() -> assertThat(USER).matchesFilter("title pr")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("to match filter <title pr>");
        assertThatThrownBy(() -> assertThat(USER).hasDepartment("Legal")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("<Legal> but was <Sales>");
        assertThatThrownBy(() -> assertThat(USER).isEqualToIgnoringIdAndMeta(USER.toBuilder().title("CEO").build()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CEO");
        assertThatThrownBy(() -> assertThat((User) null).hasId("u1")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void groupAssert_checksNameAndMembers() {
        assertThat(GROUP).hasId("g1").hasDisplayName("Sales").hasExternalId("x").hasMember("u2")
                .hasExactlyMembers("u2", "u1");
        assertThat(Group.builder().displayName("Empty").build()).hasNoMembers();
        assertThatThrownBy(() -> assertThat(GROUP).hasExactlyMembers("u1")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected group <Sales> to have exactly members <[u1]> but had <[u1, u2]>");
        assertThatThrownBy(() -> assertThat(GROUP).hasNoMembers()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have no members");
        assertThatThrownBy(() -> assertThat(GROUP).hasMember("u9")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("<u9>");
    }

    @Test
    void listResponseAssert_checksPagingAndResources() {
        ListResponse<String> page = ListResponse.page(List.of("a", "b"), 5, 3);
        assertThat(page).hasTotalResults(5).hasStartIndex(3).hasItemsPerPage(2).hasResourceCount(2)
                .resources().containsExactly("a", "b");
        assertThat(ListResponse.of(List.of())).hasNoResources().hasTotalResults(0);
        assertThatThrownBy(() -> assertThat(page).hasTotalResults(4)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected list response to have totalResults <4> but was <5>");
        assertThatThrownBy(() -> assertThat(page).hasStartIndex(1)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("startIndex <1> but was <3>");
    }

    @Test
    void scimExceptionAssert_checksStatusTypeAndDetail() {
        ScimException conflict = new ScimException(409, ScimException.UNIQUENESS, "userName taken");
        assertThat(conflict).hasStatus(409).hasScimType("uniqueness").hasDetailContaining("taken");
        assertThat(new ScimException(404, null, "gone")).hasNoScimType();
        assertThatThrownBy(() -> assertThat(conflict).hasStatus(400)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected SCIM error to have status <400> but was <409> (detail: userName taken)");
        assertThatThrownBy(() -> assertThat(conflict).hasScimType("mutability")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("<mutability> but was <uniqueness>");
        assertThatThrownBy(() -> assertThat(conflict).hasDetailContaining("free")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("<free>");
    }

    @Test
    void recordedRequestAssert_checksTheWire() {
        assertThat(REQUEST).hasMethod("patch").hasPath("/scim2/Users/u1")
                .hasQueryParameter("filter", "userName eq \"a\"").hasQueryParameter("count", "2")
                .hasHeader("Content-Type", "application/scim+json").hasStatus(200)
                .hasJsonBody("{\"schemas\":[\"s\"],\"Operations\":[{\"value\":{\"active\":false},\"op\":\"replace\"}]}");
        assertThatThrownBy(() -> assertThat(REQUEST).hasMethod("PUT")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected request #3 PATCH /scim2/Users/u1?filter=userName%20eq%20%22a%22&count=2 -> 200 "
                        + "to have method <PUT> but was <PATCH>");
        assertThatThrownBy(() -> assertThat(REQUEST).hasJsonBody("{\"schemas\":[\"s\"]}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("to have JSON body");
        assertThatThrownBy(() -> assertThat(REQUEST).hasQueryParameter("count", "3"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("<[2]>");
        assertThatThrownBy(() -> assertThat(REQUEST).hasNoBody()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(REQUEST).hasStatus(204)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("<204> but was <200>");
    }
}
