package dev.scimkit.filter.internal.eval;

import jakarta.json.JsonValue;

/** A test of one scalar attribute value (never an array: arrays are walked by {@link AttributeAccess}). */
interface ValueTest {

    /**
     * @param value one value of the attribute; may be {@link JsonValue#NULL} or an object
     * @return whether it satisfies the test
     */
    boolean test(JsonValue value);
}
