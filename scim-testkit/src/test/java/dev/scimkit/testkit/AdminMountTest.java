package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.server.FakeServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mount point the standalone control API (issue 15) uses: /__admin/** outside the SCIM pipeline. */
class AdminMountTest {

    private static FakeServer serverOf(ZoomScimFake fake) throws ReflectiveOperationException {
        java.lang.reflect.Field field = ZoomScimFake.class.getDeclaredField("server");
        field.setAccessible(true);
        return (FakeServer) field.get(fake);
    }

    @Test
    void mountedControlApi_isBehindTheToken_andBypassesFaultsAndJournal() throws Exception {
        try (ZoomScimFake fake = ZoomScimFake.builder().token("tok").start()) {
            serverOf(fake).mountAdmin(request -> new FakeResponse(200, Map.of("Content-Type", "text/plain"),
                    (request.method() + " " + request.path()).getBytes(StandardCharsets.UTF_8)));
            fake.enqueueFault(RequestMatch.any(), Fault.status(503));
            Http root = new Http(URI.create("http://127.0.0.1:" + fake.port()), "tok");

            assertThat(root.get("/__admin/requests").body()).isEqualTo("GET /__admin/requests");
            assertThat(root.withToken("bad").get("/__admin/requests").statusCode()).isEqualTo(401);
            assertThat(fake.requestCount()).isZero();
            assertThat(fake.unusedFaults()).hasSize(1);
        }
    }

    @Test
    void withoutAMount_adminIsAnUnknownPath() {
        try (ZoomScimFake fake = ZoomScimFake.builder().token("tok").start()) {
            Http root = new Http(URI.create("http://127.0.0.1:" + fake.port()), "tok");

            assertThat(root.get("/__admin/requests").statusCode()).isEqualTo(404);
            assertThat(fake.requestCount()).isEqualTo(1);
        }
    }
}
