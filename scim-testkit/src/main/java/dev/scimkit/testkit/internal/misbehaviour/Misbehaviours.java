package dev.scimkit.testkit.internal.misbehaviour;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.testkit.Misbehaviour;
import dev.scimkit.testkit.internal.http.FakeRequest;
import dev.scimkit.testkit.internal.http.FakeResponse;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies the {@link Misbehaviour}s a fake was started with, around the correct handling of a request:
 * {@link #before} alters the request, {@link #after} the response. With none enabled both return their
 * argument unchanged.
 */
public final class Misbehaviours {

    private final Set<Misbehaviour> enabled;

    /** @param enabled the misbehaviours to apply */
    public Misbehaviours(Set<Misbehaviour> enabled) {
        this.enabled = enabled.isEmpty() ? Set.of() : EnumSet.copyOf(enabled);
    }

    /**
     * @param request the request as received
     * @return the request to handle
     */
    public FakeRequest before(FakeRequest request) {
        if (enabled.contains(Misbehaviour.PATCH_IGNORES_LAST_OPERATION) && request.method().equals("PATCH")) {
            return withoutLastOperation(request);
        }
        return request;
    }

    /**
     * @param request  the request handled
     * @param response the correct response
     * @return the response to send
     */
    public FakeResponse after(FakeRequest request, FakeResponse response) {
        FakeResponse out = response;
        if (enabled.contains(Misbehaviour.CONFLICT_ANSWERED_AS_400) && out.status() == 409) {
            ScimException conflict = ScimException.fromJson(json(out), 409);
            out = FakeResponse.error(new ScimException(400, null, conflict.detail()),
                    out.headers().getOrDefault("Content-Type", FakeResponse.JSON), Dialect.rfc7644());
        }
        if (out.status() != 200 || !request.method().equals("GET") || request.segments().size() != 2) {
            return out;
        }
        String collection = request.segments().get(1);
        if (enabled.contains(Misbehaviour.CASE_SENSITIVE_USER_NAME) && AttributeNames.same(collection, "Users")) {
            String exact = userNameEqualTo(request.queryParameter("filter"));
            if (exact != null) {
                out = keep(out, resource -> AttributeNames.get(resource, "userName") instanceof JsonString name
                        && name.getString().equals(exact), true);
            }
        }
        if (enabled.contains(Misbehaviour.PAGING_DROPS_AN_ITEM) && startIndex(request) > 1) {
            boolean[] first = {true};
            out = keep(out, resource -> {
                boolean keep = !first[0];
                first[0] = false;
                return keep;
            }, false);
        }
        return out;
    }

    private static FakeRequest withoutLastOperation(FakeRequest request) {
        JsonObject body;
        try {
            body = ScimJson.parseObject(request.body());
        } catch (ScimException e) {
            return request;
        }
        String key = AttributeNames.findKey(body, "Operations");
        if (key == null || !(body.get(key) instanceof JsonArray operations) || operations.isEmpty()) {
            return request;
        }
        JsonArrayBuilder kept = ScimJson.builders().createArrayBuilder();
        operations.subList(0, operations.size() - 1).forEach(kept::add);
        byte[] altered = ScimJson.writeBytes(ScimJson.builders().createObjectBuilder(body).add(key, kept).build());
        return new FakeRequest(request.method(), request.path(), request.segments(), request.rawQuery(),
                request.query(), request.headers(), altered);
    }

    /** Keeps the list response's resources that pass; lowers totalResults too when {@code recount}. */
    private static FakeResponse keep(FakeResponse response, Predicate<JsonObject> test, boolean recount) {
        JsonObject list = json(response);
        if (!(AttributeNames.get(list, "Resources") instanceof JsonArray resources)) {
            return response;
        }
        JsonArrayBuilder kept = ScimJson.builders().createArrayBuilder();
        int count = 0;
        for (JsonValue resource : resources) {
            if (resource instanceof JsonObject object && test.test(object)) {
                kept.add(resource);
                count++;
            }
        }
        int removed = resources.size() - count;
        var altered = ScimJson.builders().createObjectBuilder(list).add("Resources", kept).add("itemsPerPage", count);
        if (recount) {
            altered.add("totalResults", Math.max(0, list.getInt("totalResults", 0) - removed));
        }
        FakeResponse out = FakeResponse.bytes(200, response.headers().getOrDefault("Content-Type", FakeResponse.JSON),
                ScimJson.writeBytes(altered.build()));
        for (var header : response.headers().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("Content-Type") && !header.getKey().equalsIgnoreCase("Content-Length")) {
                out = out.withHeader(header.getKey(), header.getValue());
            }
        }
        return out;
    }

    private static String userNameEqualTo(String filter) {
        if (filter == null) {
            return null;
        }
        try {
            if (Filter.parse(filter) instanceof Filter.Comparison comparison && comparison.op() == ComparisonOperator.EQ
                    && AttributeNames.same(comparison.path().name(), "userName")
                    && comparison.value() instanceof JsonString value) {
                return value.getString();
            }
        } catch (ScimException e) {
            return null;
        }
        return null;
    }

    private static int startIndex(FakeRequest request) {
        String value = request.queryParameter("startIndex");
        try {
            return value == null ? 1 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static JsonObject json(FakeResponse response) {
        return ScimJson.parseObject(new String(response.body(), StandardCharsets.UTF_8));
    }

    /** @return the enabled misbehaviours */
    public List<Misbehaviour> enabled() {
        return List.copyOf(enabled);
    }
}
