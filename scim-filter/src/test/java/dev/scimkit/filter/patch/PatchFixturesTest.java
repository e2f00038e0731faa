package dev.scimkit.filter.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.filter.Patch;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the fixture tables in {@code src/test/resources/patch/}: each case gives a resource
 * ({@code before}, inline or the name of one of the file's {@code resources}), a PatchOp message
 * ({@code patch}) and either the expected result ({@code after}) or the expected error
 * ({@code error}: {@code scimType} and a fragment of the detail). {@code "mode": "strict"} applies
 * with {@link Patch.Options#strict()}. Every case also checks that the input is left unchanged and
 * that {@link Patch#prepare} gives the same outcome.
 */
class PatchFixturesTest {

    static final List<String> FILES = List.of("rfc7644.json", "add.json", "replace.json", "remove.json",
            "extensions.json", "entra.json", "okta.json", "errors.json", "strict.json");

    @TestFactory
    Stream<DynamicTest> apply_fixtureCase_matchesExpectation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            JsonObject table = load(file);
            JsonObject resources = table.containsKey("resources") ? table.getJsonObject("resources")
                    : JsonValue.EMPTY_JSON_OBJECT;
            for (JsonValue item : table.getJsonArray("cases")) {
                JsonObject fixture = item.asJsonObject();
                tests.add(DynamicTest.dynamicTest(file + ": " + fixture.getString("name"),
                        () -> run(fixture, resources)));
            }
        }
        return tests.stream();
    }

    static int caseCount() {
        int count = 0;
        for (String file : FILES) {
            count += load(file).getJsonArray("cases").size();
        }
        return count;
    }

    private static void run(JsonObject fixture, JsonObject resources) {
        JsonValue beforeSpec = fixture.get("before");
        JsonObject before = beforeSpec instanceof JsonString name ? resources.getJsonObject(name.getString())
                : beforeSpec.asJsonObject();
        String copy = ScimJson.write(before);
        Patch.Options options = "strict".equals(fixture.getString("mode", "lenient"))
                ? Patch.Options.strict() : Patch.Options.defaults();
        PatchRequest request = PatchRequest.fromJson(fixture.getJsonObject("patch"));
        if (fixture.containsKey("error")) {
            JsonObject error = fixture.getJsonObject("error");
            ScimException thrown = catchThrowableOfType(() -> Patch.apply(before, request, options),
                    ScimException.class);
            assertThat(thrown).as("expected a ScimException").isNotNull();
            assertThat(thrown.status()).isEqualTo(400);
            assertThat(thrown.scimType()).isEqualTo(error.getString("scimType"));
            assertThat(thrown.detail()).contains(error.getString("detailContains"));
            ScimException prepared = catchThrowableOfType(() -> Patch.prepare(request, options).apply(before),
                    ScimException.class);
            assertThat(prepared).as("prepared request fails alike").isNotNull();
            assertThat(prepared.scimType()).isEqualTo(thrown.scimType());
        } else {
            JsonObject after = Patch.apply(before, request, options);
            assertThat(after).isEqualTo(fixture.getJsonObject("after"));
            assertThat(Patch.prepare(request, options).apply(before)).as("prepared").isEqualTo(after);
        }
        assertThat(ScimJson.write(before)).as("input unchanged").isEqualTo(copy);
    }

    private static JsonObject load(String file) {
        try (InputStream in = PatchFixturesTest.class.getResourceAsStream("/patch/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture /patch/" + file);
            }
            return ScimJson.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixture " + file, e);
        }
    }
}
