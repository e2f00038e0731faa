package dev.scimkit.testkit.internal.store;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A group's members, immutable, in the order they joined: each member's JSON object as it was sent,
 * keyed by its user id. Adding or removing one member shares all but O(log n) of the structure with
 * the previous version (a {@link HashTrie}), so a change to a 20,000-member group costs about as much
 * as a change to a small one. Lookups by value ignore case, as the {@code members.value} filters of a
 * PATCH do ({@code value} is not caseExact); ids themselves are exact.
 */
final class Members {

    static final Members NONE = new Members(HashTrie.empty(), 0, 0);

    /** One member: its user id, when it joined (relative order only) and its JSON object. */
    record Member(String id, long joined, JsonObject json) {
    }

    private final HashTrie<Member[]> byFoldedId;
    private final int size;
    private final long nextJoined;

    private Members(HashTrie<Member[]> byFoldedId, int size, long nextJoined) {
        this.byFoldedId = byFoldedId;
        this.size = size;
        this.nextJoined = nextJoined;
    }

    /**
     * @param ordered member objects in order, each with a distinct string {@code value}
     * @param ids     their ids, index for index
     * @return the members in that order
     */
    static Members of(List<JsonObject> ordered, List<String> ids) {
        Members members = NONE;
        for (int i = 0; i < ordered.size(); i++) {
            members = members.with(ids.get(i), ordered.get(i));
        }
        return members;
    }

    /** @return the number of members */
    int size() {
        return size;
    }

    /**
     * @param id a user id (exact)
     * @return the member with that id, or {@code null}
     */
    Member get(String id) {
        Member[] bucket = byFoldedId.get(CaseFold.fold(id));
        if (bucket != null) {
            for (Member member : bucket) {
                if (member.id().equals(id)) {
                    return member;
                }
            }
        }
        return null;
    }

    /**
     * @param value a member value
     * @return every member whose id equals it ignoring case (usually none or one)
     */
    List<Member> matchingIgnoringCase(String value) {
        Member[] bucket = byFoldedId.get(CaseFold.fold(value));
        return bucket == null ? List.of() : List.of(bucket);
    }

    /**
     * @param id   a user id
     * @param json the member object
     * @return members with the user appended, or with its object replaced if it is already a member (its
     *         place in the order is kept)
     */
    Members with(String id, JsonObject json) {
        String key = CaseFold.fold(id);
        Member[] bucket = byFoldedId.get(key);
        if (bucket == null) {
            return new Members(byFoldedId.with(key, new Member[] {new Member(id, nextJoined, json)}), size + 1,
                    nextJoined + 1);
        }
        for (int i = 0; i < bucket.length; i++) {
            if (bucket[i].id().equals(id)) {
                if (bucket[i].json().equals(json)) {
                    return this;
                }
                Member[] copy = bucket.clone();
                copy[i] = new Member(id, bucket[i].joined(), json);
                return new Members(byFoldedId.with(key, copy), size, nextJoined);
            }
        }
        Member[] grown = Arrays.copyOf(bucket, bucket.length + 1);
        grown[bucket.length] = new Member(id, nextJoined, json);
        return new Members(byFoldedId.with(key, grown), size + 1, nextJoined + 1);
    }

    /**
     * @param id a user id (exact)
     * @return members without that user; {@code this} if it was not one
     */
    Members without(String id) {
        String key = CaseFold.fold(id);
        Member[] bucket = byFoldedId.get(key);
        if (bucket == null) {
            return this;
        }
        for (int i = 0; i < bucket.length; i++) {
            if (bucket[i].id().equals(id)) {
                if (bucket.length == 1) {
                    return new Members(byFoldedId.without(key), size - 1, nextJoined);
                }
                Member[] shrunk = new Member[bucket.length - 1];
                System.arraycopy(bucket, 0, shrunk, 0, i);
                System.arraycopy(bucket, i + 1, shrunk, i, bucket.length - i - 1);
                return new Members(byFoldedId.with(key, shrunk), size - 1, nextJoined);
            }
        }
        return this;
    }

    /** @return every member, in the order they joined */
    List<Member> inOrder() {
        List<Member> all = new ArrayList<>(size);
        byFoldedId.forEach((key, bucket) -> all.addAll(Arrays.asList(bucket)));
        all.sort(Comparator.comparingLong(Member::joined));
        return all;
    }

    /** @return the trie behind these members (for tests that check what a change copied) */
    HashTrie<Member[]> trie() {
        return byFoldedId;
    }
}
