package dev.scimkit.testkit;

import dev.scimkit.core.Group;
import dev.scimkit.core.Member;
import dev.scimkit.core.ZoomGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates valid {@link Group}s. Obtain one from {@link ScimArbitraries#groups()}. Immutable: every
 * option returns a new arbitrary.
 *
 * <p>Defaults: {@code displayName} of one or two words of 1 to 12 letters including non-ASCII ones;
 * optional (about half the time) {@code externalId} and the Zoom group extension with an
 * {@code emailAlias} {@code <word>@example.com}; no members. Shrinking heads for a one-letter ASCII
 * name without optional attributes.
 */
public final class GroupArbitrary extends ArbitraryDecorator<Group> {

    private final boolean unicode;
    private final boolean zoomExtension;
    private final List<String> memberIds;

    GroupArbitrary() {
        this(true, true, List.of());
    }

    private GroupArbitrary(boolean unicode, boolean zoomExtension, List<String> memberIds) {
        this.unicode = unicode;
        this.zoomExtension = zoomExtension;
        this.memberIds = memberIds;
    }

    /** @return a copy generating only ASCII names (default: names include non-ASCII letters) */
    public GroupArbitrary asciiNames() {
        return new GroupArbitrary(false, zoomExtension, memberIds);
    }

    /** @return a copy that never adds the Zoom group extension (default: present about half the time) */
    public GroupArbitrary withoutZoomExtension() {
        return new GroupArbitrary(unicode, false, memberIds);
    }

    /**
     * @param userIds ids of existing users; each group gets a subset of them (in this order) as members
     * @return a copy with members drawn from these ids (default: no members)
     * @throws NullPointerException     if {@code userIds} or an element is null
     * @throws IllegalArgumentException if an id is blank
     */
    public GroupArbitrary withMembersFrom(List<String> userIds) {
        Objects.requireNonNull(userIds, "userIds is null");
        for (String id : userIds) {
            Objects.requireNonNull(id, "userIds contains null");
            if (id.isBlank()) {
                throw new IllegalArgumentException("userIds contains a blank id");
            }
        }
        return new GroupArbitrary(unicode, zoomExtension, List.copyOf(userIds));
    }

    @Override
    protected Arbitrary<Group> arbitrary() {
        Arbitrary<String> displayName = Generators.names(unicode, 12).list().ofMinSize(1).ofMaxSize(2)
                .map(words -> String.join(" ", words));
        Arbitrary<String> externalId = Generators.identifiers().injectNull(0.5);
        Arbitrary<ZoomGroup> zoom = zoomExtension
                ? Generators.localParts().map(local -> ZoomGroup.ofEmailAlias(local + "@example.com")).injectNull(0.5)
                : Arbitraries.just(null);
        Arbitrary<List<Boolean>> membership = Arbitraries.of(true, false).list().ofSize(memberIds.size());
        return Combinators.combine(displayName, externalId, zoom, membership).as((name, external, alias, chosen) -> {
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < memberIds.size(); i++) {
                if (chosen.get(i)) {
                    members.add(Member.user(memberIds.get(i)));
                }
            }
            return Group.builder().displayName(name).externalId(external).zoomGroup(alias).members(members).build();
        });
    }
}
