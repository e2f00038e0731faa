package dev.scimkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.dialect.RateCategory;
import dev.scimkit.core.json.ScimJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TRACE logs mask secrets by what they mean: a PATCH value whose path is the password is a password. */
class SecretRedactionTest {

    private static final String SECRET = "Hunter2-s3cret!";

    private static String traced(String body) {
        PipelineFixture f = PipelineFixture.standard();
        f.transport.respond(204, "");
        f.execute(ScimRequest.of("PATCH", URI.create("https://api.zoom.us/scim2/Users/u1"),
                body.getBytes(StandardCharsets.UTF_8), RateCategory.LIGHT));
        return f.logger.all();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD", "Password", "urn:ietf:params:scim:schemas:core:2.0:User:password",
            "URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:Password", " password "})
    void trace_patchReplaceOfThePassword_isMasked(String path) {
        String body = ScimJson.write(PatchRequest.of(PatchOperation.replace(path,
                ScimJson.provider().createValue(SECRET))).toJson());

        String log = traced(body);

        assertThat(log).contains("TRACE PATCH /scim2/Users/u1 request body:").contains("\"value\":\"***\"")
                .doesNotContain(SECRET);
    }

    @Test
    void trace_pathlessOperationsAndOtherShapes_areMasked() {
        String[] bodies = {
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"replace\","
                    + "\"value\":{\"password\":\"" + SECRET + "\",\"active\":true}}]}",
            "{\"Operations\":[{\"op\":\"Replace\",\"value\":{\"urn:ietf:params:scim:schemas:core:2.0:User:password\":\""
                    + SECRET + "\"}}]}",
            "{\"Operations\":[{\"op\":\"add\",\"path\":\"urn:ietf:params:scim:schemas:core:2.0:User\",\"value\":"
                    + "{\"PassWord\":\"" + SECRET + "\"}}]}",
            "{\"Operations\":[{\"op\":\"add\",\"path\":\"password\",\"value\":[\"" + SECRET + "\"]}]}",
            "{\"Operations\":[{\"op\":\"add\",\"path\":\"password\",\"value\":{\"value\":\"" + SECRET + "\"}}]}",
            "{\"userName\":\"u\",\"password\":\"" + SECRET + "\"}",
            "{\"access_token\":\"" + SECRET + "\",\"refresh_token\":\"" + SECRET + "\",\"client_secret\":\"" + SECRET + "\"}"
        };
        for (String body : bodies) {
            assertThat(traced(body)).as(body).doesNotContain(SECRET).contains("***");
        }
    }

    @Test
    void trace_harmlessOperations_areLoggedAsTheyAre() {
        String body = "{\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Engineer\"},"
                + "{\"op\":\"add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"jill@example.com\"}]}";

        assertThat(traced(body)).contains("\"value\":\"Engineer\"").contains("jill@example.com");
    }

    @Provide
    Arbitrary<String> secretPaths() {
        Arbitrary<String> name = Arbitraries.of("password", "clientSecret", "apiKey", "accessToken")
                .flatMap(n -> Arbitraries.of(n, n.toUpperCase(java.util.Locale.ROOT), n.substring(0, 1).toUpperCase() + n.substring(1)));
        Arbitrary<String> prefix = Arbitraries.of("", "urn:ietf:params:scim:schemas:core:2.0:User:",
                "urn:example:ext:1.0:User:", "credentials.");
        return net.jqwik.api.Combinators.combine(prefix, name).as(String::concat);
    }

    @Property(tries = 60)
    void redact_valueUnderAnySecretPath_neverAppears(@ForAll("secretPaths") String path,
                                                     @ForAll("values") String shape) {
        String body = "{\"Operations\":[{\"op\":\"replace\",\"path\":" + ScimJson.write(ScimJson.provider()
                .createValue(path)) + ",\"value\":" + shape + "}]}";

        assertThat(BodyRedactor.redact(body.getBytes(StandardCharsets.UTF_8))).doesNotContain(SECRET);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.of("\"" + SECRET + "\"", "[\"" + SECRET + "\"]", "{\"value\":\"" + SECRET + "\"}",
                "{\"a\":{\"b\":[\"" + SECRET + "\"]}}");
    }
}
