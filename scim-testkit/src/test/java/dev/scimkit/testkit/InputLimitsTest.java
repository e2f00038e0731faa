package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InputLimitsTest {

    private final ZoomScimFake fake = ZoomScimFake.builder().maxBodyChars(4096).maxJsonDepth(8).start();
    private final Http http = Http.to(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void body_overTheLimitIs413WithScimError() {
        String big = "{\"userName\":\"big@example.com\",\"title\":\"" + "x".repeat(5000) + "\"}";

        HttpResponse<String> response = http.post("/Users", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Http.json(response).getInt("status")).isEqualTo(413);
        assertThat(fake.users()).isEmpty();
    }

    @Test
    void json_nestedTooDeeplyIs400NotAServerError() {
        String deep = "{\"userName\":\"deep@example.com\",\"x\":" + "[".repeat(50) + "]".repeat(50) + "}";

        HttpResponse<String> response = http.post("/Users", deep);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).getString("detail")).contains("nesting");
    }

    @Test
    void percentEncodedBytesThatAreNotUtf8_are400() {
        HttpResponse<String> response = http.get("/Users/%C3%28");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).getString("detail")).contains("not UTF-8");
    }

    @Test
    void unknownRootPath_is404() {
        HttpResponse<String> response = new Http(java.net.URI.create("http://127.0.0.1:" + fake.port()), fake.token())
                .get("/v2/users");

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
