package dev.scimkit.testkit;

import dev.scimkit.core.Group;
import dev.scimkit.core.Member;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Group}; obtain them from {@link ScimAssertions#assertThat(Group)}.
 * Each check fails with a message naming the expected and the actual value, and returns this.
 */
public final class GroupAssert extends AbstractAssert<GroupAssert, Group> {

    /** @param actual the group to check */
    public GroupAssert(Group actual) {
        super(actual, GroupAssert.class);
    }

    /**
     * @param expected the id
     * @return this
     */
    public GroupAssert hasId(String expected) {
        isNotNull();
        if (!Objects.equals(actual.id(), expected)) {
            failWithMessage("Expected group to have id <%s> but was <%s>", expected, actual.id());
        }
        return this;
    }

    /**
     * @param expected the displayName
     * @return this
     */
    public GroupAssert hasDisplayName(String expected) {
        isNotNull();
        if (!Objects.equals(actual.displayName(), expected)) {
            failWithMessage("Expected group to have displayName <%s> but was <%s>", expected, actual.displayName());
        }
        return this;
    }

    /**
     * @param expected the externalId
     * @return this
     */
    public GroupAssert hasExternalId(String expected) {
        isNotNull();
        if (!Objects.equals(actual.externalId(), expected)) {
            failWithMessage("Expected group <%s> to have externalId <%s> but was <%s>", actual.displayName(),
                    expected, actual.externalId());
        }
        return this;
    }

    /**
     * Checks the member ids, in any order, and that there are no others.
     *
     * @param expectedIds the member ids ({@code members[].value})
     * @return this
     */
    public GroupAssert hasExactlyMembers(String... expectedIds) {
        isNotNull();
        Objects.requireNonNull(expectedIds, "expectedIds is null");
        Set<String> expected = new TreeSet<>(List.of(expectedIds));
        Set<String> members = memberIds();
        if (!expected.equals(members) || expectedIds.length != actual.members().size()) {
            failWithMessage("Expected group <%s> to have exactly members <%s> but had <%s>", actual.displayName(),
                    expected, actual.members().stream().map(Member::value).toList());
        }
        return this;
    }

    /**
     * @param expectedId a member id the group must have
     * @return this
     */
    public GroupAssert hasMember(String expectedId) {
        isNotNull();
        if (!memberIds().contains(expectedId)) {
            failWithMessage("Expected group <%s> to have member <%s> but had <%s>", actual.displayName(), expectedId,
                    memberIds());
        }
        return this;
    }

    /** @return this, if the group has no members */
    public GroupAssert hasNoMembers() {
        isNotNull();
        if (!actual.members().isEmpty()) {
            failWithMessage("Expected group <%s> to have no members but had <%s>", actual.displayName(), memberIds());
        }
        return this;
    }

    private Set<String> memberIds() {
        Set<String> ids = new TreeSet<>();
        actual.members().forEach(member -> ids.add(String.valueOf(member.value())));
        return ids;
    }
}
