package dev.scimkit.client.provisioning;

import dev.scimkit.client.provisioning.internal.TargetPath;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeType;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * The SCIM attribute that ties a source person to a Zoom user: {@link #userName()} (the default,
 * compared case-insensitively as RFC 7643 defines it), {@link #externalId()}, or any attribute path
 * the mapping writes. Immutable and thread-safe.
 */
public final class MatchKey {

    private final TargetPath path;
    private final Attribute comparison;

    private MatchKey(TargetPath path, boolean ignoreCase) {
        this.path = path;
        this.comparison = Attribute.builder("matchKey", AttributeType.STRING).caseExact(!ignoreCase).build();
    }

    /** @return matching on {@code userName}, ignoring case */
    public static MatchKey userName() {
        return new MatchKey(TargetPath.parse("userName"), true);
    }

    /** @return matching on {@code externalId}, case-exact */
    public static MatchKey externalId() {
        return new MatchKey(TargetPath.parse("externalId"), false);
    }

    /**
     * @param path       a SCIM path the mapping writes, e.g. {@code emails[type eq "work"].value}
     * @param ignoreCase whether values match regardless of case
     * @return matching on that attribute
     * @throws ScimException        400 {@code invalidPath} if the path does not parse
     * @throws NullPointerException if {@code path} is null
     */
    public static MatchKey attribute(String path, boolean ignoreCase) {
        return new MatchKey(TargetPath.parse(path), ignoreCase);
    }

    /**
     * @param user a SCIM user
     * @return its match value, or {@code null} if it has none
     */
    public String valueOf(JsonObject user) {
        JsonValue value = path.read(user);
        if (value == null) {
            return null;
        }
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    /**
     * @param a a match value
     * @param b another
     * @return whether they match (by {@link Attribute#valuesEqual} with this key's case rule)
     */
    public boolean matches(String a, String b) {
        return comparison.valuesEqual(a, b);
    }

    /**
     * @param value a match value
     * @return a hash key: equal for values that {@link #matches match} (case-folded when ignoring case);
     *         lookups confirm with {@link #matches}
     */
    public String indexKey(String value) {
        return comparison.indexKey(value);
    }

    /** @return whether values match regardless of case */
    public boolean ignoresCase() {
        return !comparison.caseExact();
    }

    /** @return the attribute path matched on */
    public String path() {
        return path.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatchKey that && path.equals(that.path) && ignoresCase() == that.ignoresCase();
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, ignoresCase());
    }

    @Override
    public String toString() {
        return "MatchKey[" + path + (ignoresCase() ? ", ignoring case" : ", case-exact") + "]";
    }
}
