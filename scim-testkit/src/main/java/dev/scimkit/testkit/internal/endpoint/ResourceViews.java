package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonObject;

/**
 * The representations of one resource type the endpoints answer with: the GET and list-item views
 * (cached per version by the store) and a view projected by {@code attributes}/{@code excludedAttributes}.
 * Which one a response carries is {@link EndpointContext}'s decision, by the dialect's facts.
 */
interface ResourceViews {

    /** @return the resource type the views are of */
    ResourceType type();

    /** @return the GET representation as JSON */
    JsonObject fullJson(StoredResource resource);

    /** @return the list-item representation as JSON */
    JsonObject listJson(StoredResource resource);

    /** @return the GET representation, cached */
    default byte[] fullView(StoredResource resource) {
        return resource.fullView(stored -> ScimJson.writeBytes(fullJson(stored)));
    }

    /** @return the list-item representation, cached */
    default byte[] listView(StoredResource resource) {
        return resource.listView(stored -> ScimJson.writeBytes(listJson(stored)));
    }

    /** @return the representation projected by the attribute lists (either may be {@code null}) */
    default byte[] projectedView(StoredResource resource, String attributes, String excludedAttributes) {
        if (attributes == null && excludedAttributes == null) {
            return fullView(resource);
        }
        return ScimJson.writeBytes(Schemas.project(type(), resource.json(), attributes, excludedAttributes));
    }
}
