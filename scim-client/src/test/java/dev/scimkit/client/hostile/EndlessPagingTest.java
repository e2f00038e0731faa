package dev.scimkit.client.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.scimkit.client.InvalidResponseException;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.User;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code list().stream()} always ends, and says why when the server would not let it finish. */
@Timeout(60)
class EndlessPagingTest {

    private static String[] users(int from, int count, boolean withIds) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]"
                        + (withIds ? ",\"id\":\"u" + i + "\"" : "") + ",\"userName\":\"user" + i + "@example.com\"}")
                .toArray(String[]::new);
    }

    /** Ignores startIndex: always the same ten users, with the given totalResults. */
    private static HostileServer samePage(int total, boolean withIds) {
        return HostileServer.start((request, wire) -> {
            wire.respond(200, Hostile.listOf(total, users(0, 10, withIds)));
            return true;
        });
    }

    @Test
    void stream_sameUsersWithoutIdsAndAHugeTotal_stopsAtTheSecondPageAndSaysWhy() {
        try (HostileServer server = samePage(391_700, false)) {
            Throwable failure = catchThrowable(() -> Hostile.client(server).users().list().stream().count());

            assertThat(failure).isInstanceOfSatisfying(InvalidResponseException.class, e -> assertThat(e.detail())
                    .contains("brought nothing new").contains("startIndex 11").contains("391700")
                    .contains("only 10 were received"));
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void stream_sameUsersWithIdsAndAHugeTotal_stopsAtTheSecondPage() {
        try (HostileServer server = samePage(391_700, true)) {
            assertThat(catchThrowable(() -> Hostile.client(server).users().list().count(10).stream().count()))
                    .isInstanceOf(InvalidResponseException.class).hasMessageContaining("brought nothing new");
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void stream_sameUsersWithoutTotal_endsWithThoseUsersOnce() {
        try (HostileServer server = samePage(-1, false)) {
            List<User> all = Hostile.client(server).users().list().stream().collect(Collectors.toList());

            assertThat(all).extracting(User::userName).hasSize(10).doesNotHaveDuplicates();
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void stream_groupsWithoutIds_areDeduplicatedByContent() {
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.respond(200, Hostile.listOf(50, "{\"displayName\":\"A\"}", "{\"displayName\":\"B\"}"));
            return true;
        })) {
            assertThat(catchThrowable(() -> Hostile.client(server).groups().list().stream().count()))
                    .isInstanceOf(InvalidResponseException.class);
            assertThat(server.requests()).hasSize(2);
        }
    }

    /** Every page brings ten users never seen before and claims there are millions. */
    private static HostileServer endless() {
        AtomicInteger served = new AtomicInteger();
        return HostileServer.start((request, wire) -> {
            wire.respond(200, Hostile.listOf(9_000_000, users(served.getAndAdd(10), 10, true)));
            return true;
        });
    }

    @Test
    void stream_endlessFreshPages_stopsAtMaxPagesNamingTheBound() {
        try (HostileServer server = endless()) {
            ZoomScimClient client = Hostile.client(server);
            Throwable failure = catchThrowable(() -> client.users().list().count(10).maxPages(5).stream().count());

            assertThat(failure).isInstanceOf(InvalidResponseException.class)
                    .hasMessageContaining("more than 5 pages (ListQuery.maxPages)");
            assertThat(server.requests()).hasSize(5);
        }
    }

    @Test
    void stream_endlessFreshPages_stopsAtMaxItemsNamingTheBound() {
        try (HostileServer server = endless()) {
            ZoomScimClient client = Hostile.client(server);
            Throwable failure = catchThrowable(() -> client.users().list().count(10).maxItems(25).stream().count());

            assertThat(failure).isInstanceOf(InvalidResponseException.class)
                    .hasMessageContaining("more than 25 resources (ListQuery.maxItems)");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void stream_honestServer_returnsEverythingOnce() {
        try (HostileServer server = HostileServer.start((request, wire) -> {
            int start = Integer.parseInt(request.query().replaceAll(".*startIndex=(\\d+).*", "$1"));
            int count = Math.max(0, Math.min(7, 30 - (start - 1)));
            wire.respond(200, Hostile.listOf(30, users(start - 1, count, true)));
            return true;
        })) {
            List<User> all = Hostile.client(server).users().list().count(10).stream().collect(Collectors.toList());

            assertThat(all).hasSize(30).extracting(User::id).doesNotHaveDuplicates();
        }
    }
}
