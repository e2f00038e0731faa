package dev.scimkit.core;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * A member of a {@link Group} (RFC 7643 §4.2 {@code members}).
 *
 * @param value             the member's id, or {@code null}
 * @param ref               the member's URI ({@code $ref}), or {@code null}
 * @param display           the member's display name, or {@code null}
 * @param type              {@code User} or {@code Group}, or {@code null}
 * @param unknownAttributes sub-attributes this model does not know, kept verbatim for a lossless round trip
 */
public record Member(String value, String ref, String display, String type, JsonObject unknownAttributes) {

    /** Defaults {@code unknownAttributes} to the empty object. */
    public Member {
        unknownAttributes = unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : unknownAttributes;
    }

    /**
     * @param userId the member user's id
     * @return a member of type {@code User}
     * @throws NullPointerException if {@code userId} is null
     */
    public static Member user(String userId) {
        return new Member(Objects.requireNonNull(userId, "userId is null"), null, null, "User", null);
    }

    /**
     * @param groupId the member group's id
     * @return a member of type {@code Group}
     * @throws NullPointerException if {@code groupId} is null
     */
    public static Member group(String groupId) {
        return new Member(Objects.requireNonNull(groupId, "groupId is null"), null, null, "Group", null);
    }
}
