package dev.scimkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class ScimExceptionTest {

    @Test
    void toJson_writesRfcEnvelopeWithStringStatus() {
        JsonObject body = new ScimException(409, ScimException.UNIQUENESS, "userName 'a@b.c' is taken").toJson();

        assertThat(ScimJson.write(body)).isEqualTo("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],"
                + "\"detail\":\"userName 'a@b.c' is taken\",\"status\":\"409\",\"scimType\":\"uniqueness\"}");
    }

    @Test
    void toZoomJson_writesZoomEnvelopeWithNumericStatusAndNoScimType() {
        JsonObject body = new ScimException(400, ScimException.INVALID_VALUE, "bad userType").toZoomJson();

        assertThat(ScimJson.write(body)).isEqualTo("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],"
                + "\"detail\":\"bad userType\",\"status\":400}");
    }

    @Test
    void fromJson_readsBothEnvelopes() {
        ScimException rfc = new ScimException(404, null, "User not found");
        ScimException zoom = new ScimException(400, null, "User a@b.c not exist or not belong to this account.");

        assertThat(ScimException.fromJson(rfc.toJson(), 500)).satisfies(e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.detail()).isEqualTo("User not found");
        });
        assertThat(ScimException.fromJson(zoom.toZoomJson(), 500).status()).isEqualTo(400);
    }

    @Test
    void fromJson_readsZoomV2ShapeAndFallsBackToHttpStatus() {
        JsonObject v2 = ScimJson.parseObject("{\"code\":124,\"message\":\"Invalid access token.\"}");
        JsonObject junkStatus = ScimJson.parseObject("{\"status\":\"teapot\",\"detail\":\"x\"}");

        assertThat(ScimException.fromJson(v2, 401)).satisfies(e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.detail()).isEqualTo("Invalid access token.");
        });
        assertThat(ScimException.fromJson(junkStatus, 502).status()).isEqualTo(502);
    }

    @Test
    void constructor_rejectsNonHttpStatus() {
        assertThatThrownBy(() -> new ScimException(42, null, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("42");
    }
}
