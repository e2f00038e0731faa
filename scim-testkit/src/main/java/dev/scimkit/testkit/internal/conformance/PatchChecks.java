package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.User;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.filter.Patch;
import dev.scimkit.testkit.PatchRequestArbitrary;
import dev.scimkit.testkit.ScimArbitraries;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

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

    static void equalsLocalApply(Service service, Samples samples) {
        Patch.Options options = service.zoom() ? Patch.Options.defaults() : Patch.Options.strict();
        Arbitrary<Tuple.Tuple2<User, PatchRequest>> cases = ScimArbitraries.users().flatMap(user -> {
            PatchRequestArbitrary requests = ScimArbitraries.patchRequests().forUser(user);
            return (service.zoom() ? requests.zoomCompatible() : requests).map(request -> Tuple.of(user, request));
        });
        samples.forAll(14, cases, sample -> {
            try {
                String id = service.createUser(service.unique(sample.get1())).getString("id");
                String path = ScimWire.item(Service.USERS, id);
                JsonObject before = service.get(Service.USERS, id);
                PatchRequest request = sample.get2();
                JsonObject expected = Patch.apply(before, request, options);
                service.wire.patch(path, request.toJson()).expect("PATCH /Users/{id}", 200, 204);
                Response response = service.wire.get(path).expect("GET /Users/{id} after PATCH", 200);
                List<String> differences = differences(expected, response.json());
                if (!differences.isEmpty()) {
                    throw response.fail("after PATCH " + ScimJson.write(request.toJson()) + " the user differs from "
                            + "Patch.apply of the same request to the user before: " + differences);
                }
            } finally {
                service.cleanUp();
            }
        });
    }

    /** Top-level attributes that differ, ignoring meta; schemas compare as sets of URNs. */
    private static List<String> differences(JsonObject expected, JsonObject actual) {
        List<String> differences = new ArrayList<>();
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            if (AttributeNames.same(name, "meta")) {
                continue;
            }
            JsonValue want = AttributeNames.get(expected, name);
            JsonValue got = AttributeNames.get(actual, name);
            if (AttributeNames.same(name, "schemas")) {
                want = urns(want);
                got = urns(got);
            }
            if (!Objects.equals(want, got)) {
                differences.add(name + ": expected " + want + ", got " + got);
            }
        }
        return differences;
    }

    private static JsonValue urns(JsonValue schemas) {
        if (!(schemas instanceof JsonArray array)) {
            return schemas;
        }
        Set<String> sorted = new TreeSet<>();
        array.forEach(value -> sorted.add(value instanceof JsonString text ? text.getString().toLowerCase(Locale.ROOT)
                : value.toString()));
        JsonArrayBuilder builder = ScimJson.builders().createArrayBuilder();
        sorted.forEach(builder::add);
        return builder.build();
    }
}
