/**
 * SCIM 2.0 core: schema metadata, resource models, messages, the JSON codec, validation,
 * projection, {@link dev.scimkit.core.ScimException}, and service dialects ({@code dev.scimkit.core.dialect}).
 */
module dev.scimkit.core {
    requires transitive jakarta.json;

    exports dev.scimkit.core;
    exports dev.scimkit.core.json;
    exports dev.scimkit.core.schema;
    exports dev.scimkit.core.dialect;
    // Shared machinery for sibling modules only; not API.
    exports dev.scimkit.core.internal to dev.scimkit.filter, dev.scimkit.client, dev.scimkit.testkit;
}
