package dev.scimkit.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimkit.client.BadRequestException;
import dev.scimkit.client.ConflictException;
import dev.scimkit.client.ForbiddenException;
import dev.scimkit.client.NotFoundException;
import dev.scimkit.client.PreconditionFailedException;
import dev.scimkit.client.RetryPolicy;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ServerErrorException;
import dev.scimkit.client.TooManyRequestsException;
import dev.scimkit.client.UnauthorizedException;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.User;
import dev.scimkit.testkit.Fault;
import dev.scimkit.testkit.RequestMatch;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ErrorsAndRetriesOverHttpTest {

    private static final Map<Integer, Class<? extends ScimClientException>> TYPES = Map.of(
            400, BadRequestException.class, 401, UnauthorizedException.class, 403, ForbiddenException.class,
            404, NotFoundException.class, 409, ConflictException.class, 412, PreconditionFailedException.class,
            429, TooManyRequestsException.class, 500, ServerErrorException.class, 502, ServerErrorException.class,
            503, ServerErrorException.class);

    private final FakeFixture f = new FakeFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static User user(String userName) {
        return User.builder().userName(userName).active(true).userType("Basic").build();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 412, 429, 500, 502, 503})
    void get_errorStatus_raisesMatchingExceptionWithStatusAndDetail(int status) {
        ZoomScimClient once = f.client.newBuilder().retryPolicy(RetryPolicy.none()).build();
        f.fake.enqueueFault(RequestMatch.method("GET").path("/scim2/Users"), Fault.status(status));

        ScimClientException e = catchThrowableOfType(() -> once.users().get("abc"), ScimClientException.class);

        assertThat(e).isExactlyInstanceOf(TYPES.get(status));
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.detail()).isNotBlank();
        assertThat(e.request()).isEqualTo("GET /scim2/Users/abc");
        assertThat(f.taken(1)).extracting(r -> r.status()).containsExactly(status);
        assertThat(f.fake.requestCount()).isEqualTo(1);
    }

    @Test
    void get_503WithRetryAfter_waitsThatLongThenSucceeds() {
        String id = f.fake.seedUser(FakeFixture.userJson("r@example.com"));
        f.fake.enqueueFault(RequestMatch.method("GET").path("/scim2/Users"),
                Fault.status(503).withRetryAfter(Duration.ofSeconds(3)));

        assertThat(f.client.users().get(id).userName()).isEqualTo("r@example.com");

        assertThat(f.sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
        assertThat(f.taken(2)).extracting(r -> r.status()).containsExactly(503, 200);
    }

    @Test
    void anyMethod_429WithRetryAfter_isRetriedEvenForPost() {
        f.fake.enqueueFault(RequestMatch.method("POST").path("/scim2/Users"),
                Fault.status(429).withRetryAfter(Duration.ofSeconds(2)));

        f.client.users().create(user("rl@example.com"));

        assertThat(f.sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(f.fake.users()).hasSize(1);
    }

    @Test
    void get_repeated502_backoffStaysWithinBoundsAndStopsAtMaxAttempts() {
        f.fake.enqueueFault(RequestMatch.method("GET").path("/scim2/Users"), Fault.status(502), 4);

        ServerErrorException e = catchThrowableOfType(() -> f.client.users().get("x"), ServerErrorException.class);

        assertThat(f.taken(4)).extracting(r -> r.status()).containsOnly(502);
        assertThat(e.getSuppressed()).hasSize(3);
        assertThat(f.sleeper.sleeps()).hasSize(3);
        assertThat(f.sleeper.sleeps().get(0)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        assertThat(f.sleeper.sleeps().get(1)).isBetween(Duration.ZERO, Duration.ofSeconds(2));
        assertThat(f.sleeper.sleeps().get(2)).isBetween(Duration.ZERO, Duration.ofSeconds(4));
    }

    @Test
    void create_connectionDroppedAfterApplying_createsExactlyOneUser() {
        f.fake.enqueueFault(RequestMatch.method("POST").path("/scim2/Users"), Fault.dropConnectionAfterApplying());

        User created = f.client.users().create(user("once@example.com"));

        assertThat(created.userName()).isEqualTo("once@example.com");
        assertThat(created.id()).isNotBlank();
        assertThat(f.fake.users()).hasSize(1);
        assertThat(f.wire(2)).containsExactly("POST /scim2/Users",
                "GET /scim2/Users?filter=userName%20eq%20%22once%40example.com%22");
    }

    @Test
    void create_connectionDroppedBeforeApplying_looksUpThenPostsAgainOnce() {
        f.fake.enqueueFault(RequestMatch.method("POST").path("/scim2/Users"), Fault.dropConnection());

        f.client.users().create(user("twice@example.com"));

        assertThat(f.fake.users()).hasSize(1);
        assertThat(f.taken(3)).extracting(r -> r.method()).containsExactly("POST", "GET", "POST");
    }

    @Test
    void create_503_isNotBlindlyRepeated() {
        f.fake.enqueueFault(RequestMatch.method("POST").path("/scim2/Users"), Fault.status(503));

        f.client.users().create(user("u503@example.com"));

        assertThat(f.fake.users()).hasSize(1);
        assertThat(f.taken(3)).extracting(r -> r.method()).containsExactly("POST", "GET", "POST");
    }

    @Test
    void get_malformedBody_isClearError() {
        String id = f.fake.seedUser(FakeFixture.userJson("m@example.com"));
        f.fake.enqueueFault(RequestMatch.method("GET").path("/scim2/Users"), Fault.malformedBody());

        Throwable e = catchThrowable(() -> f.client.users().get(id));

        assertThat(e).isInstanceOf(ScimClientException.class).hasMessageContaining("not a usable JSON object");
    }

    @Test
    void secrets_neverInLogsOrMessages() {
        f.fake.enqueueFault(RequestMatch.method("GET").path("/scim2/Users"), Fault.status(401));
        User withPassword = User.builder().userName("pw@example.com").password("Sup3r-Secret-pw").build();

        f.client.users().create(withPassword);
        Throwable failure = catchThrowable(() -> f.client.users().get("abc"));
        ZoomScimClient wrongToken = f.client.newBuilder().bearerToken("wrong-token-value").build();
        Throwable unauthorized = catchThrowable(() -> wrongToken.users().get("abc"));

        String everything = f.logger.all() + failure + unauthorized + wrongToken + f.client;
        assertThat(f.logger.all()).contains("POST /scim2/Users -> 201").contains("\"password\":\"***\"");
        assertThat(everything).doesNotContain(f.fake.token()).doesNotContain("Sup3r-Secret-pw")
                .doesNotContain("wrong-token-value");
    }
}
