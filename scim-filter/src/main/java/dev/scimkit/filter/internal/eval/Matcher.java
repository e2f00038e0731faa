package dev.scimkit.filter.internal.eval;

import jakarta.json.JsonObject;

/** A compiled filter node: tests a resource, or one element of a multi-valued attribute. */
public interface Matcher {

    /**
     * @param object the resource or element
     * @return whether it matches
     */
    boolean matches(JsonObject object);
}
