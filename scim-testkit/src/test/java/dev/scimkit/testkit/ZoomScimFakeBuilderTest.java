package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ZoomScimFakeBuilderTest {

    @Test
    void start_bindsLoopbackEphemeralPortWithScim2Base() {
        try (ZoomScimFake fake = ZoomScimFake.start()) {
            assertThat(fake.baseUri().toString()).startsWith("http://127.0.0.1:").endsWith("/scim2");
            assertThat(fake.port()).isPositive();
            assertThat(fake.token()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(fake.oauthTokenUri().getPath()).isEqualTo("/oauth/token");
            assertThat(fake.profile()).isEqualTo(FakeProfile.ZOOM);
            assertThat(fake.toString()).doesNotContain(fake.token());
        }
    }

    @Test
    void close_freesThePortAndIsIdempotent() throws IOException {
        ZoomScimFake fake = ZoomScimFake.start();
        int port = fake.port();

        fake.close();
        fake.close();

        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void port_canBeChosen() throws IOException {
        int free;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            free = socket.getLocalPort();
        }
        try (ZoomScimFake fake = ZoomScimFake.builder().port(free).start()) {
            assertThat(fake.port()).isEqualTo(free);
        }
    }

    @Test
    void setters_validateAtOnce() {
        ZoomScimFake.Builder builder = ZoomScimFake.builder();

        assertThatThrownBy(() -> builder.port(70000)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
        assertThatThrownBy(() -> builder.token(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.tokenTtl(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxPageSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.basicUserCap(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.oauthClient("a", "", "s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clientId");
        assertThatThrownBy(() -> builder.profile(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("profile");
    }

    @Test
    void setters_refuseASecondCallNamingTheEarlierValue() {
        ZoomScimFake.Builder builder = ZoomScimFake.builder().maxPageSize(50).token("first-token");

        assertThatThrownBy(() -> builder.maxPageSize(60)).isInstanceOf(IllegalStateException.class)
                .hasMessage("maxPageSize was already set to 50");
        assertThatThrownBy(() -> builder.token("second")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("first-token");
    }

    @Test
    void start_refusesDefaultPageSizeAboveMaximum() {
        assertThatThrownBy(() -> ZoomScimFake.builder().maxPageSize(5).defaultPageSize(6).start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("defaultPageSize 6")
                .hasMessageContaining("maxPageSize 5");
    }

    @Test
    void idSeed_makesIdsReproducible() {
        String first;
        try (ZoomScimFake fake = ZoomScimFake.builder().idSeed(42).start()) {
            first = fake.seedUser(dev.scimkit.core.json.ScimJson.parseObject("{\"userName\":\"s@example.com\"}"));
        }
        try (ZoomScimFake fake = ZoomScimFake.builder().idSeed(42).start()) {
            assertThat(fake.seedUser(dev.scimkit.core.json.ScimJson.parseObject("{\"userName\":\"s@example.com\"}")))
                    .isEqualTo(first);
        }
    }
}
