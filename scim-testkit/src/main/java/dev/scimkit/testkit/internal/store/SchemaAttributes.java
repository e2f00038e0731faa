package dev.scimkit.testkit.internal.store;

import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.SchemaRegistry;

/**
 * The attribute definitions the fake's own rules consult, taken from scim-core's default registry so
 * that case rules and canonical values have one source.
 */
public final class SchemaAttributes {

    /** {@code userName} of the core User schema (unique, not caseExact). */
    public static final Attribute USER_NAME = attribute(SchemaRegistry.USER, "userName");
    /** {@code userType} of the core User schema (Zoom: exactly Basic, Licensed, On-Prem). */
    public static final Attribute USER_TYPE = attribute(SchemaRegistry.USER, "userType");
    /** {@code displayName} of the core Group schema. */
    public static final Attribute GROUP_DISPLAY_NAME = attribute(SchemaRegistry.GROUP, "displayName");

    private SchemaAttributes() {
    }

    private static Attribute attribute(String schema, String name) {
        return SchemaRegistry.defaults().schema(schema)
                .flatMap(found -> found.attribute(name))
                .orElseThrow(() -> new IllegalStateException("scim-core's default registry lacks " + schema + ":" + name));
    }
}
