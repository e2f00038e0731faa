package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.schema.Attribute;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;

/** The value selection filter of a {@code valuePath}, evaluated against one element at a time. */
public interface ValueFilter {

    /**
     * @param element   one value of the multi-valued attribute (a simple value is presented as
     *                  {@code {"value": v}})
     * @param attribute the multi-valued attribute's definition, or {@code null} when unknown
     * @return whether the element is selected
     */
    boolean matches(JsonObject element, Attribute attribute);

    /**
     * The sub-attribute values the filter pins with {@code eq}, when it is a conjunction of such
     * comparisons ({@code type eq "work"}); used by a lenient {@code add} to create the element it
     * selects when none exists yet.
     *
     * @return sub-attribute name to value; empty when the filter is anything else
     */
    Map<String, JsonValue> equalities();

    /** @return the filter as written, for error messages */
    String text();
}
