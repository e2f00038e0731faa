package dev.scimkit.testkit.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HashTrieTest {

    /** One step against both the trie and a HashMap: put (value non-null) or remove (value null). */
    record Step(String key, Integer value) {
    }

    @Property
    void behavesLikeAMap_andNeverChangesAnEarlierVersion(@ForAll("steps") List<Step> steps) {
        HashTrie<Integer> trie = HashTrie.empty();
        Map<String, Integer> model = new HashMap<>();
        List<HashTrie<Integer>> versions = new ArrayList<>();
        List<Map<String, Integer>> snapshots = new ArrayList<>();
        for (Step step : steps) {
            if (step.value() == null) {
                trie = trie.without(step.key());
                model.remove(step.key());
            } else {
                trie = trie.with(step.key(), step.value());
                model.put(step.key(), step.value());
            }
            versions.add(trie);
            snapshots.add(new HashMap<>(model));
        }

        for (int i = 0; i < versions.size(); i++) {
            assertThat(contents(versions.get(i))).isEqualTo(snapshots.get(i));
            assertThat(versions.get(i).size()).isEqualTo(snapshots.get(i).size());
            for (String key : snapshots.get(i).keySet()) {
                assertThat(versions.get(i).get(key)).isEqualTo(snapshots.get(i).get(key));
            }
        }
        assertThat(trie.get("absent-key")).isNull();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        // "Aa" and "BB" (and their concatenations) share a hash code, so full collisions are exercised too.
        Arbitrary<String> keys = Arbitraries.oneOf(
                Arbitraries.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"),
                Arbitraries.strings().alpha().numeric().ofMinLength(0).ofMaxLength(6));
        Arbitrary<Integer> values = Arbitraries.integers().between(0, 9).injectNull(0.3);
        return Combinators.combine(keys, values).as(Step::new).list().ofMaxSize(200);
    }

    @Example
    void oneChangeToALargeTrie_copiesOnlyThePathToTheKey() {
        HashTrie<Integer> large = HashTrie.empty();
        for (int i = 0; i < 20_000; i++) {
            large = large.with("member-" + i, i);
        }

        HashTrie<Integer> added = large.with("newcomer", 1);
        HashTrie<Integer> removed = large.without("member-123");

        assertThat(unsharedNodes(large, added)).isBetween(1, 4);
        assertThat(unsharedNodes(large, removed)).isBetween(1, 4);
        assertThat(nodeCount(large)).isGreaterThan(600);
        assertThat(added.size()).isEqualTo(20_001);
        assertThat(removed.size()).isEqualTo(19_999);
        assertThat(large.with("member-7", 7)).isSameAs(large);
        assertThat(large.without("nobody")).isSameAs(large);
    }

    /** @return how many nodes of {@code after} are not nodes of {@code before}: the nodes the change copied */
    static int unsharedNodes(HashTrie<?> before, HashTrie<?> after) {
        Set<Object> old = Collections.newSetFromMap(new IdentityHashMap<>());
        before.forEachNode(old::add);
        int[] copied = {0};
        after.forEachNode(node -> copied[0] += old.contains(node) ? 0 : 1);
        return copied[0];
    }

    private static int nodeCount(HashTrie<?> trie) {
        int[] count = {0};
        trie.forEachNode(node -> count[0]++);
        return count[0];
    }

    private static Map<String, Integer> contents(HashTrie<Integer> trie) {
        Map<String, Integer> out = new HashMap<>();
        trie.forEach((key, value) -> assertThat(out.put(key, value)).isNull());
        return out;
    }
}
