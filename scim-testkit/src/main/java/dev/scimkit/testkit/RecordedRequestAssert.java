package dev.scimkit.testkit;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonValue;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a request {@link ZoomScimFake} recorded; obtain them from
 * {@link ScimAssertions#assertThat(RecordedRequest)}:
 *
 * <pre>{@code
 * assertThat(fake.takeRequest()).hasMethod("PATCH").hasPath("/scim2/Users/" + id)
 *         .hasHeader("Content-Type", "application/scim+json").hasJsonBody(expectedJson).hasStatus(200);
 * }</pre>
 *
 * <p>JSON bodies compare as JSON values: member order and whitespace do not matter.
 */
public final class RecordedRequestAssert extends AbstractAssert<RecordedRequestAssert, RecordedRequest> {

    /** @param actual the request to check */
    public RecordedRequestAssert(RecordedRequest actual) {
        super(actual, RecordedRequestAssert.class);
    }

    /**
     * @param expected the HTTP method, in any case
     * @return this
     */
    public RecordedRequestAssert hasMethod(String expected) {
        isNotNull();
        if (!actual.method().equalsIgnoreCase(expected)) {
            failWithMessage("Expected request %s to have method <%s> but was <%s>", actual, expected, actual.method());
        }
        return this;
    }

    /**
     * @param expected the decoded path, e.g. {@code /scim2/Users/abc}
     * @return this
     */
    public RecordedRequestAssert hasPath(String expected) {
        isNotNull();
        if (!actual.path().equals(expected)) {
            failWithMessage("Expected request %s to have path <%s> but was <%s>", actual, expected, actual.path());
        }
        return this;
    }

    /**
     * @param name  a query parameter name
     * @param value its expected (decoded) value
     * @return this
     */
    public RecordedRequestAssert hasQueryParameter(String name, String value) {
        isNotNull();
        List<String> values = queryValues(name);
        if (!values.contains(value)) {
            failWithMessage("Expected request %s to have query parameter <%s=%s> but had <%s>", actual, name, value,
                    values);
        }
        return this;
    }

    /**
     * @param name  a header name, in any case
     * @param value its expected first value
     * @return this
     */
    public RecordedRequestAssert hasHeader(String name, String value) {
        isNotNull();
        String found = actual.header(name).orElse(null);
        if (!Objects.equals(found, value)) {
            failWithMessage("Expected request %s to have header <%s: %s> but was <%s>", actual, name, value, found);
        }
        return this;
    }

    /**
     * @param expectedJson the expected body as JSON text; compared as JSON values
     * @return this
     */
    public RecordedRequestAssert hasJsonBody(String expectedJson) {
        isNotNull();
        Objects.requireNonNull(expectedJson, "expectedJson is null");
        return hasJsonBody(ScimJson.parseObject(expectedJson));
    }

    /**
     * @param expected the expected body as a JSON value
     * @return this
     */
    public RecordedRequestAssert hasJsonBody(JsonValue expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected is null");
        JsonValue body;
        try {
            body = ScimJson.parseObject(actual.body());
        } catch (ScimException e) {
            failWithMessage("Expected request %s to have JSON body%n  <%s>%nbut its body is not a JSON object: <%s>",
                    actual, ScimJson.write(expected), actual.body());
            return this;
        }
        if (!body.equals(expected)) {
            failWithMessage("Expected request %s to have JSON body%n  <%s>%nbut was%n  <%s>", actual,
                    ScimJson.write(expected), ScimJson.write(body));
        }
        return this;
    }

    /** @return this, if the request had no body */
    public RecordedRequestAssert hasNoBody() {
        isNotNull();
        if (!actual.body().isEmpty()) {
            failWithMessage("Expected request %s to have no body but was <%s>", actual, actual.body());
        }
        return this;
    }

    /**
     * @param expected the status the fake answered with
     * @return this
     */
    public RecordedRequestAssert hasStatus(int expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("Expected request %s to have been answered <%s> but was <%s>", actual, expected,
                    actual.status());
        }
        return this;
    }

    private List<String> queryValues(String name) {
        List<String> values = new ArrayList<>();
        if (actual.query().isEmpty()) {
            return values;
        }
        for (String pair : actual.query().split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (key.equals(name)) {
                values.add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
