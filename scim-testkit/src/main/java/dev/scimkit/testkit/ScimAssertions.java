package dev.scimkit.testkit;

import dev.scimkit.core.Group;
import dev.scimkit.core.ListResponse;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.User;

/**
 * Entry point for AssertJ assertions on SCIM values: users, groups, list responses, errors and the
 * requests {@link ZoomScimFake} recorded. Import it statically next to AssertJ's own
 * {@code Assertions.assertThat}; the more specific overloads here win.
 *
 * <pre>{@code
 * assertThat(user).hasUserName("bjensen@example.com").isActive().matchesFilter("emails[type eq \"work\"]");
 * assertThat(error).hasStatus(409).hasScimType("uniqueness");
 * assertThat(fake.takeRequest()).hasMethod("PATCH").hasPath("/scim2/Users/" + id)
 *         .hasJsonBody("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[...]}");
 * }</pre>
 */
public final class ScimAssertions {

    private ScimAssertions() {
    }

    /**
     * @param actual the user to check (may be null: every check then fails with "Expecting actual not to be null")
     * @return assertions on it
     */
    public static UserAssert assertThat(User actual) {
        return new UserAssert(actual);
    }

    /**
     * @param actual the group to check
     * @return assertions on it
     */
    public static GroupAssert assertThat(Group actual) {
        return new GroupAssert(actual);
    }

    /**
     * @param actual the list response to check
     * @return assertions on it
     */
    public static ListResponseAssert assertThat(ListResponse<?> actual) {
        return new ListResponseAssert(actual);
    }

    /**
     * @param actual the exception to check
     * @return assertions on it
     */
    public static ScimExceptionAssert assertThat(ScimException actual) {
        return new ScimExceptionAssert(actual);
    }

    /**
     * @param actual the recorded request to check
     * @return assertions on it
     */
    public static RecordedRequestAssert assertThat(RecordedRequest actual) {
        return new RecordedRequestAssert(actual);
    }
}
