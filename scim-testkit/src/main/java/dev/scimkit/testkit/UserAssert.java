package dev.scimkit.testkit;

import dev.scimkit.core.Email;
import dev.scimkit.core.User;
import dev.scimkit.filter.Filter;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link User}; obtain them from {@link ScimAssertions#assertThat(User)}. Each
 * check fails with a message naming the expected and the actual value, and returns this for chaining.
 */
public final class UserAssert extends AbstractAssert<UserAssert, User> {

    /** @param actual the user to check */
    public UserAssert(User actual) {
        super(actual, UserAssert.class);
    }

    /**
     * @param expected the id
     * @return this
     */
    public UserAssert hasId(String expected) {
        isNotNull();
        if (!Objects.equals(actual.id(), expected)) {
            failWithMessage("Expected user to have id <%s> but was <%s>", expected, actual.id());
        }
        return this;
    }

    /**
     * Checks the {@code userName} exactly (case included).
     *
     * @param expected the userName
     * @return this
     */
    public UserAssert hasUserName(String expected) {
        isNotNull();
        if (!Objects.equals(actual.userName(), expected)) {
            failWithMessage("Expected user to have userName <%s> but was <%s>", expected, actual.userName());
        }
        return this;
    }

    /**
     * @param expected the displayName
     * @return this
     */
    public UserAssert hasDisplayName(String expected) {
        isNotNull();
        if (!Objects.equals(actual.displayName(), expected)) {
            failWithMessage("Expected user <%s> to have displayName <%s> but was <%s>", actual.userName(), expected,
                    actual.displayName());
        }
        return this;
    }

    /**
     * @param expected the externalId
     * @return this
     */
    public UserAssert hasExternalId(String expected) {
        isNotNull();
        if (!Objects.equals(actual.externalId(), expected)) {
            failWithMessage("Expected user <%s> to have externalId <%s> but was <%s>", actual.userName(), expected,
                    actual.externalId());
        }
        return this;
    }

    /**
     * @param expected the userType, e.g. {@code Basic}
     * @return this
     */
    public UserAssert hasUserType(String expected) {
        isNotNull();
        if (!Objects.equals(actual.userType(), expected)) {
            failWithMessage("Expected user <%s> to have userType <%s> but was <%s>", actual.userName(), expected,
                    actual.userType());
        }
        return this;
    }

    /**
     * @param expected the primary e-mail address (the one marked primary, else the first)
     * @return this
     */
    public UserAssert hasPrimaryEmail(String expected) {
        isNotNull();
        String primary = actual.primaryEmail().orElse(null);
        if (!Objects.equals(primary, expected)) {
            failWithMessage("Expected user <%s> to have primary email <%s> but was <%s>", actual.userName(), expected,
                    primary);
        }
        return this;
    }

    /**
     * @param expected an e-mail address the user must have (any type)
     * @return this
     */
    public UserAssert hasEmail(String expected) {
        isNotNull();
        if (actual.emails().stream().map(Email::value).noneMatch(value -> Objects.equals(value, expected))) {
            failWithMessage("Expected user <%s> to have email <%s> but had <%s>", actual.userName(), expected,
                    actual.emails().stream().map(Email::value).toList());
        }
        return this;
    }

    /** @return this, if {@code active} is true */
    public UserAssert isActive() {
        isNotNull();
        if (!Boolean.TRUE.equals(actual.active())) {
            failWithMessage("Expected user <%s> to be active but active was <%s>", actual.userName(), actual.active());
        }
        return this;
    }

    /** @return this, if {@code active} is false */
    public UserAssert isInactive() {
        isNotNull();
        if (!Boolean.FALSE.equals(actual.active())) {
            failWithMessage("Expected user <%s> to be inactive but active was <%s>", actual.userName(),
                    actual.active());
        }
        return this;
    }

    /**
     * @param expected the Enterprise extension's department
     * @return this
     */
    public UserAssert hasDepartment(String expected) {
        isNotNull();
        String department = actual.enterpriseUser() == null ? null : actual.enterpriseUser().department();
        if (!Objects.equals(department, expected)) {
            failWithMessage("Expected user <%s> to have department <%s> but was <%s>", actual.userName(), expected,
                    department);
        }
        return this;
    }

    /**
     * Checks the user against a SCIM filter, evaluated by scim-filter as a service would.
     *
     * @param filter a filter, e.g. {@code emails[type eq "work" and value ew "@example.com"]}
     * @return this
     * @throws dev.scimkit.filter.FilterParseException if {@code filter} is not a filter
     */
    public UserAssert matchesFilter(String filter) {
        isNotNull();
        if (!Filter.parse(filter).test(actual.toJson())) {
            failWithMessage("Expected user <%s> to match filter <%s> but it did not; user: %s", actual.userName(),
                    filter, actual.toJsonString());
        }
        return this;
    }

    /**
     * @param filter a filter the user must not match
     * @return this
     * @throws dev.scimkit.filter.FilterParseException if {@code filter} is not a filter
     */
    public UserAssert doesNotMatchFilter(String filter) {
        isNotNull();
        if (Filter.parse(filter).test(actual.toJson())) {
            failWithMessage("Expected user <%s> not to match filter <%s> but it did", actual.userName(), filter);
        }
        return this;
    }

    /**
     * Compares with another user ignoring {@code id} and {@code meta} (what a service assigns), e.g. the
     * user sent with the user a GET returned.
     *
     * @param expected the user
     * @return this
     */
    public UserAssert isEqualToIgnoringIdAndMeta(User expected) {
        isNotNull();
        User left = actual.toBuilder().id(null).meta(null).build();
        User right = expected == null ? null : expected.toBuilder().id(null).meta(null).build();
        if (!Objects.equals(left, right)) {
            failWithMessage("Expected user (ignoring id and meta)%n  <%s>%nbut was%n  <%s>",
                    right == null ? null : right.toJsonString(), left.toJsonString());
        }
        return this;
    }
}
