package dev.scimkit.testkit.internal.server;

import dev.scimkit.core.ScimException;
import dev.scimkit.testkit.internal.http.FakeRequest;
import dev.scimkit.testkit.internal.http.FakeResponse;

/** Answers a decoded request; a {@link ScimException} it throws becomes the SCIM error response. */
@FunctionalInterface
public interface RequestHandler {

    /**
     * @param request the request
     * @return the response
     * @throws ScimException for a request it refuses
     */
    FakeResponse handle(FakeRequest request);
}
