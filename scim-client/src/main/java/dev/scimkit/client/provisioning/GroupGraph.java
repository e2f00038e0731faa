package dev.scimkit.client.provisioning;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.naming.ldap.LdapName;

/**
 * The groups a directory search found and who is a direct member of which, by DN; answers "every
 * group this entry belongs to, directly or through nested groups". Cycles (A in B in A) are safe:
 * each group is visited once per question.
 */
final class GroupGraph {

    private final Map<LdapName, String> names = new HashMap<>();
    /** Entry DN (person or group) to the DNs of the groups that list it as a member. */
    private final Map<LdapName, Set<LdapName>> parents = new HashMap<>();

    /**
     * @param group the group's DN
     * @param name  its display name
     */
    void addGroup(LdapName group, String name) {
        names.put(group, name);
    }

    /**
     * Records that {@code member} is a direct member of {@code group}.
     *
     * @param member a person's or group's DN
     * @param group  a group's DN
     */
    void addMembership(LdapName member, LdapName group) {
        parents.computeIfAbsent(member, key -> new HashSet<>()).add(group);
    }

    /** @return how many groups were found */
    int size() {
        return names.size();
    }

    /**
     * @param entry     a person's DN
     * @param memberOf  group DNs the entry itself lists (its {@code memberOf}), added to those the graph knows
     * @return the names of every known group the entry is in, directly or nested, sorted and distinct;
     *         DNs of groups the search did not find are not followed
     */
    List<String> groupNamesOf(LdapName entry, Collection<LdapName> memberOf) {
        Set<LdapName> seen = new HashSet<>();
        Deque<LdapName> todo = new ArrayDeque<>(memberOf);
        todo.addAll(parents.getOrDefault(entry, Set.of()));
        Set<String> found = new TreeSet<>();
        while (!todo.isEmpty()) {
            LdapName group = todo.pop();
            String name = names.get(group);
            if (name == null || !seen.add(group)) {
                continue;
            }
            found.add(name);
            todo.addAll(parents.getOrDefault(group, Set.of()));
        }
        return List.copyOf(found);
    }
}
