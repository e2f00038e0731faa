package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.core.Email;
import dev.scimkit.core.EnterpriseUser;
import dev.scimkit.core.Name;
import dev.scimkit.core.PhoneNumber;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.User;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.filter.Filters;
import dev.scimkit.testkit.ScimArbitraries;
import dev.scimkit.testkit.UserArbitrary;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The create, get, replace and delete laws, uniqueness, and visibility of deactivated users. */
final class UserChecks {

    private UserChecks() {
    }

    static UserArbitrary users() {
        return ScimArbitraries.users();
    }

    static void create(Service service, Samples samples) {
        samples.forAll(1, users(), sample -> {
            User sent = service.unique(sample);
            try {
                Response response = service.wire.post(Service.USERS, sent.toJson()).expect("POST /Users", 201);
                JsonObject created = response.json();
                Service.id(created, response);
                List<String> lost = differences(sent, User.fromJson(created));
                if (!lost.isEmpty()) {
                    throw response.fail("POST /Users answered without attributes it was sent: " + lost);
                }
            } finally {
                cleanUpByUserName(service, sent.userName());
                service.cleanUp();
            }
        });
    }

    static void get(Service service, Samples samples) {
        samples.forAll(2, users(), sample -> {
            try {
                JsonObject created = service.createUser(service.unique(sample));
                String id = created.getString("id");
                Response response = service.wire.get(ScimWire.item(Service.USERS, id)).expect("GET /Users/{id}", 200);
                JsonObject fetched = response.json();
                if (!withoutMeta(fetched).equals(withoutMeta(created))) {
                    throw response.fail("GET /Users/{id} answered another user than POST created (ignoring meta); "
                            + "POST answered " + ScimJson.write(created));
                }
            } finally {
                service.cleanUp();
            }
        });
    }

    static void replace(Service service, Samples samples) {
        samples.forAll(3, users().activeOnly(), sample -> {
            try {
                User created = User.fromJson(service.createUser(service.unique(sample)));
                String department = "Dept " + service.runTag;
                EnterpriseUser enterprise = created.enterpriseUser() == null ? EnterpriseUser.ofDepartment(department)
                        : new EnterpriseUser(created.enterpriseUser().employeeNumber(),
                        created.enterpriseUser().costCenter(), created.enterpriseUser().organization(),
                        created.enterpriseUser().division(), department, created.enterpriseUser().manager(),
                        created.enterpriseUser().unknownAttributes());
                User replacement = created.toBuilder().meta(null)
                        .name(Name.of("Renamed" + service.runTag, "Changed"))
                        .active(false)
                        .userType("Licensed".equals(created.userType()) ? "Basic" : "Licensed")
                        .enterpriseUser(enterprise)
                        .build();
                String path = ScimWire.item(Service.USERS, created.id());
                service.wire.put(path, replacement.toJson()).expect("PUT /Users/{id}", 200);
                Response response = service.wire.get(path).expect("GET /Users/{id} after PUT", 200);
                User after = User.fromJson(response.json());
                List<String> wrong = new ArrayList<>();
                compare(wrong, "name.givenName", replacement.name().givenName(), nameOf(after).givenName());
                compare(wrong, "name.familyName", replacement.name().familyName(), nameOf(after).familyName());
                compare(wrong, "active", false, after.active());
                compare(wrong, "userType", replacement.userType(), after.userType());
                compare(wrong, "department", department,
                        after.enterpriseUser() == null ? null : after.enterpriseUser().department());
                if (!wrong.isEmpty()) {
                    throw response.fail("after PUT, GET shows other values than were put: " + wrong);
                }
            } finally {
                service.cleanUp();
            }
        });
    }

    static void delete(Service service, Samples samples) {
        samples.forAll(4, users(), sample -> {
            try {
                JsonObject created = service.createUser(service.unique(sample));
                String path = ScimWire.item(Service.USERS, created.getString("id"));
                service.wire.delete(path).expect("DELETE /Users/{id}", 204);
                service.expectScimError(service.wire.get(path), 404, "GET /Users/{id} after DELETE");
            } finally {
                service.cleanUp();
            }
        });
    }

    static void duplicateUserName(Service service, Samples samples) {
        try {
            User user = service.unique(samples.one(5, users().asciiNames()));
            service.createUser(user);
            Response second = service.wire.post(Service.USERS, user.toJson());
            if (second.status() == 201) {
                cleanUpByUserName(service, user.userName());
            }
            service.expectScimError(second, 409, "POST /Users with a taken userName");
            if (!service.zoom()) {
                Object scimType = second.json().get("scimType");
                if (!(scimType instanceof jakarta.json.JsonString text
                        && text.getString().equals(ScimException.UNIQUENESS))) {
                    throw second.fail("expected scimType \"uniqueness\" (RFC 7644 §3.3) but was " + scimType);
                }
            }
        } finally {
            service.cleanUp();
        }
    }

    static void disabledUserStillVisible(Service service, Samples samples) {
        try {
            User user = service.unique(samples.one(6, users().activeOnly().asciiNames()));
            User created = User.fromJson(service.createUser(user));
            String path = ScimWire.item(Service.USERS, created.id());
            User disabled = created.toBuilder().meta(null).active(false).build();
            service.wire.put(path, disabled.toJson()).expect("PUT /Users/{id} with active false", 200);
            Response get = service.wire.get(path).expect("GET /Users/{id} of a deactivated user", 200);
            if (!Boolean.FALSE.equals(User.fromJson(get.json()).active())) {
                throw get.fail("expected the deactivated user to have active false");
            }
            Service.Listing found = service.list(Service.USERS,
                    Filters.eq("userName", user.userName()).toString(), 10);
            boolean listed = found.resources().stream()
                    .anyMatch(json -> created.id().equals(json.getString("id", null)));
            if (!listed) {
                throw found.last().fail("expected the deactivated user to be found by a userName filter");
            }
        } finally {
            service.cleanUp();
        }
    }

    /** Deletes the user with this userName if a failed check left it behind without recording its id. */
    private static void cleanUpByUserName(Service service, String userName) {
        try {
            Service.Listing found = service.list(Service.USERS, Filters.eq("userName", userName).toString(), 10);
            for (JsonObject user : found.resources()) {
                if (user.get("id") instanceof jakarta.json.JsonString id) {
                    service.wire.delete(ScimWire.item(Service.USERS, id.getString()));
                }
            }
        } catch (CheckFailure ignored) {
            // best effort
        }
    }

    /** @return the attributes of {@code sent} that {@code got} lacks or changed */
    static List<String> differences(User sent, User got) {
        List<String> wrong = new ArrayList<>();
        if (got.userName() == null || !got.userName().equalsIgnoreCase(sent.userName())) {
            wrong.add("userName: sent " + sent.userName() + ", got " + got.userName());
        }
        compare(wrong, "name.givenName", nameOf(sent).givenName(), nameOf(got).givenName());
        compare(wrong, "name.familyName", nameOf(sent).familyName(), nameOf(got).familyName());
        compare(wrong, "displayName", sent.displayName(), got.displayName());
        compare(wrong, "active", sent.active(), got.active());
        if (sent.title() != null) {
            compare(wrong, "title", sent.title(), got.title());
        }
        if (sent.externalId() != null) {
            compare(wrong, "externalId", sent.externalId(), got.externalId());
        }
        if (sent.userType() != null) {
            compare(wrong, "userType", sent.userType(), got.userType());
        }
        for (Email email : sent.emails()) {
            if (got.emails().stream().noneMatch(other -> email.value().equalsIgnoreCase(other.value()))) {
                wrong.add("emails: " + email.value() + " missing");
            }
        }
        for (PhoneNumber phone : sent.phoneNumbers()) {
            if (got.phoneNumbers().stream().noneMatch(other -> phone.value().equals(other.value()))) {
                wrong.add("phoneNumbers: " + phone.value() + " missing");
            }
        }
        if (sent.enterpriseUser() != null && sent.enterpriseUser().department() != null) {
            compare(wrong, "department", sent.enterpriseUser().department(),
                    got.enterpriseUser() == null ? null : got.enterpriseUser().department());
        }
        return wrong;
    }

    private static Name nameOf(User user) {
        return user.name() == null ? Name.of(null, null) : user.name();
    }

    private static void compare(List<String> wrong, String attribute, Object sent, Object got) {
        if (!Objects.equals(sent, got)) {
            wrong.add(attribute + ": expected " + sent + ", got " + got);
        }
    }

    static JsonObject withoutMeta(JsonObject resource) {
        return ScimJson.builders().createObjectBuilder(resource).remove("meta").build();
    }
}
