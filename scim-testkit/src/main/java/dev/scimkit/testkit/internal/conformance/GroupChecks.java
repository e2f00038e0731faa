package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.core.Group;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.filter.Filters;
import dev.scimkit.testkit.ScimArbitraries;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/** Groups: lifecycle and membership. */
final class GroupChecks {

    private GroupChecks() {
    }

    static void lifecycle(Service service, Samples samples) {
        samples.forAll(11, ScimArbitraries.groups().withoutZoomExtension(), sample -> {
            try {
                Group sent = service.unique(sample);
                Response created = service.wire.post(Service.GROUPS, sent.toJson()).expect("POST /Groups", 201);
                JsonObject group = created.json();
                String id = Service.id(group, created);
                String path = ScimWire.item(Service.GROUPS, id);
                service.cleanUpLater(path);
                Response get = service.wire.get(path).expect("GET /Groups/{id}", 200);
                if (!sent.displayName().equals(get.json().getString("displayName", null))) {
                    throw get.fail("expected displayName \"" + sent.displayName() + "\"");
                }
                Service.Listing found = service.list(Service.GROUPS,
                        Filters.eq("displayName", sent.displayName()).toString(), 10);
                if (!Service.byId(found).keySet().equals(Set.of(id))) {
                    throw found.last().fail("filter displayName eq \"" + sent.displayName()
                            + "\" should find exactly group " + id);
                }
                service.wire.delete(path).expect("DELETE /Groups/{id}", 204);
                service.expectScimError(service.wire.get(path), 404, "GET /Groups/{id} after DELETE");
            } finally {
                service.cleanUp();
            }
        });
    }

    static void membership(Service service, Samples samples) {
        try {
            String userId = service.createUser(service.unique(samples.one(12, ScimArbitraries.users())))
                    .getString("id");
            Group group = service.unique(samples.one(13, ScimArbitraries.groups().withoutZoomExtension()));
            String groupId = service.createGroup(group).getString("id");
            String path = ScimWire.item(Service.GROUPS, groupId);
            JsonObject add = patch("add", "members", ScimJson.builders().createArrayBuilder()
                    .add(ScimJson.builders().createObjectBuilder().add("value", userId)).build());
            service.wire.patch(path, add).expect("PATCH /Groups/{id} add member", 200, 204);
            expectMember(service, groupId, userId, true);
            JsonObject remove = patch("remove", "members[value eq \"" + userId + "\"]", null);
            service.wire.patch(path, remove).expect("PATCH /Groups/{id} remove member", 200, 204);
            expectMember(service, groupId, userId, false);
        } finally {
            service.cleanUp();
        }
    }

    static void duplicateName(Service service, Samples samples) {
        try {
            Group group = service.unique(samples.one(15, ScimArbitraries.groups().withoutZoomExtension()));
            service.createGroup(group);
            Response second = service.wire.post(Service.GROUPS, group.toJson());
            if (second.status() == 201) {
                service.cleanUpLater(ScimWire.item(Service.GROUPS, Service.id(second.json(), second)));
            }
            service.expectScimError(second, 409, "POST /Groups with a taken displayName");
        } finally {
            service.cleanUp();
        }
    }

    static void rename(Service service, Samples samples) {
        try {
            Group group = service.unique(samples.one(16, ScimArbitraries.groups().withoutZoomExtension()));
            String id = service.createGroup(group).getString("id");
            String renamed = "Renamed " + group.displayName();
            String path = ScimWire.item(Service.GROUPS, id);
            service.wire.patch(path, patch("replace", "displayName", ScimJson.provider().createValue(renamed)))
                    .expect("PATCH /Groups/{id} replace displayName", 200, 204);
            Response get = service.wire.get(path).expect("GET /Groups/{id} after PATCH", 200);
            if (!renamed.equals(get.json().getString("displayName", null))) {
                throw get.fail("expected displayName \"" + renamed + "\" after PATCH replace displayName");
            }
        } finally {
            service.cleanUp();
        }
    }

    static void excludedMembers(Service service, Samples samples) {
        try {
            String userId = service.createUser(service.unique(samples.one(17, ScimArbitraries.users())))
                    .getString("id");
            Group group = service.unique(samples.one(18, ScimArbitraries.groups().withoutZoomExtension())
                    .toBuilder().members(java.util.List.of(dev.scimkit.core.Member.user(userId))).build());
            service.createGroup(group);
            Response response = service.wire.get(Service.GROUPS + "?excludedAttributes=members&filter="
                    + ScimWire.query(Filters.eq("displayName", group.displayName()).toString()))
                    .expect("GET /Groups?excludedAttributes=members", 200);
            var groups = Service.resources(response.json(), response);
            if (groups.size() != 1) {
                throw response.fail("expected exactly the one group named \"" + group.displayName() + "\"");
            }
            if (AttributeNames.get(groups.get(0), "members") != null) {
                throw response.fail("expected no \"members\" with excludedAttributes=members");
            }
        } finally {
            service.cleanUp();
        }
    }

    /** SCIM: the group's members; ZOOM (members are not returned on groups): the user's groups. */
    private static void expectMember(Service service, String groupId, String userId, boolean expected) {
        String collection = service.zoom() ? Service.USERS : Service.GROUPS;
        String id = service.zoom() ? userId : groupId;
        String attribute = service.zoom() ? "groups" : "members";
        String wanted = service.zoom() ? groupId : userId;
        Response response = service.wire.get(ScimWire.item(collection, id))
                .expect("GET " + collection + "/{id} to see the membership", 200);
        JsonValue values = AttributeNames.get(response.json(), attribute);
        boolean present = values instanceof JsonArray array && array.stream().anyMatch(value ->
                value instanceof JsonObject object && AttributeNames.get(object, "value") instanceof JsonString text
                && text.getString().equals(wanted));
        if (present != expected) {
            throw response.fail("expected " + attribute + " " + (expected ? "to contain " : "not to contain ")
                    + wanted + " after PATCH " + (expected ? "add" : "remove"));
        }
    }

    private static JsonObject patch(String op, String path, JsonValue value) {
        var operation = ScimJson.builders().createObjectBuilder().add("op", op).add("path", path);
        if (value != null) {
            operation.add("value", value);
        }
        return ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add(Service.PATCH_OP))
                .add("Operations", ScimJson.builders().createArrayBuilder().add(operation))
                .build();
    }
}
