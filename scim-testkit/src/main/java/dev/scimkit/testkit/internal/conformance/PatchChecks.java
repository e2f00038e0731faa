package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.core.User;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.ScimArbitraries;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** PATCH of users. */
final class PatchChecks {

    private PatchChecks() {
    }

    static void deactivate(Service service, Samples samples) {
        try {
            User created = User.fromJson(service.createUser(service.unique(
                    samples.one(10, ScimArbitraries.users().activeOnly()))));
            String path = ScimWire.item(Service.USERS, created.id());
            JsonObjectBuilder operation = ScimJson.builders().createObjectBuilder().add("op", "replace");
            if (service.zoom()) {
                // Zoom documents the path-less form: {"op":"replace","value":{"active":false}}
                operation.add("value", ScimJson.builders().createObjectBuilder().add("active", false));
            } else {
                operation.add("path", "active").add("value", false);
            }
            JsonObject body = ScimJson.builders().createObjectBuilder()
                    .add("schemas", ScimJson.builders().createArrayBuilder().add(Service.PATCH_OP))
                    .add("Operations", ScimJson.builders().createArrayBuilder().add(operation))
                    .build();
            service.wire.patch(path, body).expect("PATCH /Users/{id} replace active false", 200, 204);
            Response response = service.wire.get(path).expect("GET /Users/{id} after PATCH", 200);
            if (!Boolean.FALSE.equals(User.fromJson(response.json()).active())) {
                throw response.fail("expected active false after PATCH replace active false");
            }
        } finally {
            service.cleanUp();
        }
    }
}
