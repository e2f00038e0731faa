package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.testkit.internal.store.ResourceStore;
import dev.scimkit.testkit.internal.store.StoredResource;
import java.util.List;

/**
 * Chooses which stored resources a list request returns, in response order.
 */
interface Selector {

    /**
     * @param store      the store
     * @param parameters the request's filter and sort parameters
     * @return the matching users in response order, or {@code null} for "every user in creation order"
     */
    List<StoredResource> users(ResourceStore store, ListParameters parameters);

    /**
     * @param store      the store
     * @param parameters the request's filter and sort parameters
     * @return the matching groups in response order, or {@code null} for "every group in creation order"
     */
    List<StoredResource> groups(ResourceStore store, ListParameters parameters);
}
