package dev.scimkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimkit.client.Hint;
import dev.scimkit.client.HintCode;
import dev.scimkit.testkit.ManualClock;
import dev.scimkit.client.RateLimit;
import dev.scimkit.client.RecordingSleeper;
import dev.scimkit.client.RetryPolicy;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.TooManyRequestsException;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.Group;
import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.User;
import dev.scimkit.core.ZoomLicenseType;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.RateCategory;
import dev.scimkit.core.dialect.ScimOperation;
import dev.scimkit.core.dialect.ZoomError;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.RateLimits;
import dev.scimkit.testkit.ZoomScimFake;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The client and the fake against each other over HTTP: every error of Zoom's catalogue, produced by
 * the fake, is classified by the client to the same code (and gets the hint of that code), and for
 * every operation Zoom serves the client and the fake count it in the same rate-limit category.
 */
class DialectRoundTripTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** How the fake is configured and what the client does (through its public API) to provoke an error. */
    private record Scenario(ZoomError expected, Optional<HintCode> hint, UnaryOperator<ZoomScimFake.Builder> fake,
                            Function<ZoomScimFake, ScimClientException> provoke) {
    }

    private static List<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>();
        all.add(new Scenario(ZoomError.INVALID_TOKEN, Optional.of(HintCode.TOKEN_REJECTED), b -> b,
                fake -> failure(() -> base(fake).bearerToken("not-the-token").rateLimit(RateLimit.unlimited()).build()
                        .users().list().page())));
        all.add(new Scenario(ZoomError.EXPIRED_TOKEN, Optional.of(HintCode.TOKEN_REJECTED), b -> b, fake -> {
            fake.expireAllTokens();
            return failure(() -> client(fake).users().get("any"));
        }));
        all.add(new Scenario(ZoomError.MISSING_TOKEN, Optional.of(HintCode.TOKEN_REJECTED), b -> b,
                fake -> raw(fake, "GET", "/Users", null, false)));
        all.add(new Scenario(ZoomError.INSUFFICIENT_PERMISSIONS, Optional.of(HintCode.MISSING_SCIM_SCOPE),
                b -> b.scimScopeGranted(false), fake -> failure(() -> client(fake).groups().list().page())));
        all.add(new Scenario(ZoomError.SSO_NOT_ENABLED, Optional.of(HintCode.SSO_NOT_ENABLED),
                b -> b.singleSignOnEnabled(false), fake -> failure(() -> client(fake).users().list().page())));
        all.add(new Scenario(ZoomError.PENDING_USER, Optional.of(HintCode.PENDING_USER),
                b -> b.pendingUsers("pending@example.com"),
                fake -> failure(() -> client(fake).users().findByUserName("pending@example.com"))));
        all.add(new Scenario(ZoomError.USER_NOT_FOUND, Optional.empty(), b -> b,
                fake -> failure(() -> client(fake).users().get("k&KdKr6TLWuxdDtk0hjSzL"))));
        all.add(new Scenario(ZoomError.GROUP_NOT_FOUND, Optional.empty(), b -> b,
                fake -> failure(() -> client(fake).groups().get("nope"))));
        all.add(new Scenario(ZoomError.USER_EXISTS, Optional.of(HintCode.USER_EXISTS), b -> b, fake -> {
            ZoomScimClient client = client(fake);
            client.users().create(user("jill@example.com"));
            return failure(() -> client.users().create(user("JILL@example.com")));
        }));
        all.add(new Scenario(ZoomError.GROUP_EXISTS, Optional.empty(), b -> b, fake -> {
            ZoomScimClient client = client(fake);
            client.groups().create(Group.builder().displayName("Sales").build());
            return failure(() -> client.groups().create(Group.builder().displayName("sales").build()));
        }));
        all.add(new Scenario(ZoomError.BASIC_USER_CAP, Optional.of(HintCode.BASIC_USER_CAP), b -> b.basicUserCap(1),
                fake -> {
                    ZoomScimClient client = client(fake);
                    client.users().create(user("one@example.com"));
                    return failure(() -> client.users().create(user("two@example.com")));
                }));
        all.add(new Scenario(ZoomError.INVALID_USER_TYPE, Optional.of(HintCode.INVALID_USER_TYPE), b -> b,
                fake -> failure(() -> client(fake).users().create(
                        User.builder().userName("jill@example.com").userType("Pro").build()))));
        all.add(new Scenario(ZoomError.INVALID_GROUP_NAME, Optional.of(HintCode.ATTRIBUTE_MAPPING), b -> b,
                fake -> {
                    String group = fake.seedGroup(ScimJson.parseObject("{\"displayName\":\"Sales\"}"));
                    return failure(() -> client(fake).groups().patch(group, PatchRequest.of(
                            PatchOperation.replace("displayName", ScimJson.provider().createValue(" ")))));
                }));
        all.add(new Scenario(ZoomError.DEFAULT_GROUP_UNDELETABLE, Optional.empty(), b -> b.defaultGroup("All Users"),
                fake -> failure(() -> client(fake).groups().delete(fake.defaultGroupId().orElseThrow()))));
        all.add(new Scenario(ZoomError.EMPTY_BODY, Optional.empty(), b -> b,
                fake -> raw(fake, "POST", "/Groups", "  ", true)));
        all.add(new Scenario(ZoomError.NO_OPERATIONS, Optional.empty(), b -> b, fake -> {
            String id = fake.seedUser(userJson("jill@example.com"));
            return raw(fake, "PATCH", "/Users/" + id,
                    "{\"operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}", true);
        }));
        all.add(new Scenario(ZoomError.GROUP_PATCH_TOO_LONG, Optional.empty(), b -> b.groupPatchMaxChars(200), fake -> {
            String group = fake.seedGroup(ScimJson.parseObject("{\"displayName\":\"Sales\"}"));
            List<String> users = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                users.add(fake.seedUser(userJson("user" + i + "@example.com")));
            }
            return failure(() -> client(fake).groups().addMembers(group, users.toArray(String[]::new)));
        }));
        all.add(new Scenario(ZoomError.UNSUPPORTED_FILTER, Optional.empty(), b -> b,
                fake -> failure(() -> client(fake).users().list().filter("title eq \"Engineer\"").page())));
        all.add(new Scenario(ZoomError.RATE_LIMITED, Optional.of(HintCode.RATE_LIMITED),
                b -> b.rateLimits(RateLimits.perSecond(1, 1)).clock(ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"))), fake -> {
                    ZoomScimClient client = base(fake).bearerToken(fake.token()).rateLimit(RateLimit.unlimited())
                            .retryPolicy(RetryPolicy.none()).build();
                    failure(() -> client.users().get("first"));
                    return failure(() -> client.users().get("second"));
                }));
        return all;
    }

    @Test
    void everyCataloguedError_producedByTheFake_isClassifiedByTheClientToTheSameCode() {
        Set<ZoomError> covered = EnumSet.noneOf(ZoomError.class);
        for (Scenario scenario : scenarios()) {
            try (ZoomScimFake fake = scenario.fake().apply(ZoomScimFake.builder()).start()) {
                ScimClientException error = scenario.provoke().apply(fake);

                assertThat(error).as(scenario.expected().name()).isNotNull();
                assertThat(error.status()).as(scenario.expected() + ": " + error).isEqualTo(scenario.expected().status());
                assertThat(scenario.expected().match(error.detail())).as("the fake sends the catalogue's message, "
                        + "not a variant: " + error.detail()).isPresent();
                assertThat(ZoomError.classify(error)).as(error.toString()).contains(scenario.expected());
                assertThat(error.hint().map(Hint::code)).as("hint of " + error).isEqualTo(scenario.hint());
                assertThat(HintTable.hintFor(scenario.expected(), error).map(Hint::code)).isEqualTo(scenario.hint());
                covered.add(scenario.expected());
            }
        }
        assertThat(covered).as("a scenario for every catalogued error").isEqualTo(EnumSet.allOf(ZoomError.class));
    }

    @Test
    void everyOperationZoomServes_clientAndFakeCountInTheSameRateCategory() {
        Map<ScimOperation, RateCategory> client = new EnumMap<>(ScimOperation.class);
        Map<ScimOperation, RateCategory> fake = new EnumMap<>(ScimOperation.class);
        for (ScimOperation operation : Dialect.zoom().operations()) {
            client.put(operation, clientCategory(operation));
            fake.put(operation, fakeCategory(operation));
        }
        assertThat(client).isEqualTo(fake);
        for (ScimOperation operation : Dialect.zoom().operations()) {
            assertThat(client.get(operation)).as(operation.name()).isEqualTo(Dialect.zoom().rateCategory(operation));
        }
    }

    /**
     * The client's category of an operation, seen from outside: with one Light permit a second and
     * unlimited Medium ones, a Light operation done twice waits before the second time.
     */
    private static RateCategory clientCategory(ScimOperation operation) {
        try (ZoomScimFake fake = ZoomScimFake.start()) {
            ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
            RecordingSleeper sleeper = new RecordingSleeper(clock);
            ZoomScimClient client = ZoomScimClient.builder().baseUri(fake.baseUri()).requestTimeout(TIMEOUT)
                    .bearerToken(fake.token()).rateLimit(new RateLimit(1, 1_000_000)).clock(clock).sleeper(sleeper)
                    .build();
            Consumer<ZoomScimClient> twice = perform(operation, fake);
            twice.accept(client);
            return sleeper.sleeps().isEmpty() ? RateCategory.MEDIUM : RateCategory.LIGHT;
        }
    }

    /**
     * The fake's category of the client's request, seen from outside: with one Light request a second
     * and an unchanging clock, a Light operation done twice is refused with 429 the second time.
     */
    private static RateCategory fakeCategory(ScimOperation operation) {
        try (ZoomScimFake fake = ZoomScimFake.builder().rateLimits(RateLimits.perSecond(1, 1_000))
                .clock(ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"))).start()) {
            ZoomScimClient client = base(fake).bearerToken(fake.token()).rateLimit(RateLimit.unlimited())
                    .retryPolicy(RetryPolicy.none()).build();
            try {
                perform(operation, fake).accept(client);
                return RateCategory.MEDIUM;
            } catch (TooManyRequestsException refused) {
                return RateCategory.LIGHT;
            }
        }
    }

    /** Does the operation twice through the client's public API; resources it needs are seeded directly. */
    private static Consumer<ZoomScimClient> perform(ScimOperation operation, ZoomScimFake fake) {
        String user = fake.seedUser(userJson("first@example.com"));
        String other = fake.seedUser(userJson("second@example.com"));
        String group = fake.seedGroup(ScimJson.parseObject("{\"displayName\":\"Sales\"}"));
        String otherGroup = fake.seedGroup(ScimJson.parseObject("{\"displayName\":\"Legal\"}"));
        return client -> {
            for (int i = 0; i < 2; i++) {
                int n = i;
                switch (operation) {
                    case LIST_USERS -> client.users().list().page();
                    case CREATE_USER -> client.users().create(user("new" + n + "@example.com"));
                    case GET_USER -> client.users().get(user);
                    case REPLACE_USER -> client.users().replace(client.users().get(user).toBuilder()
                            .title("Engineer " + n).build());
                    case PATCH_USER -> client.users().deactivate(user);
                    case DELETE_USER -> client.users().delete(n == 0 ? user : other);
                    case LIST_GROUPS -> client.groups().list().page();
                    case CREATE_GROUP -> client.groups().create(Group.builder().displayName("New " + n).build());
                    case GET_GROUP -> client.groups().get(group);
                    case PATCH_GROUP -> client.groups().patch(group, PatchRequest.of(
                            PatchOperation.replace("displayName", ScimJson.provider().createValue("Sales " + n))));
                    case DELETE_GROUP -> client.groups().delete(n == 0 ? group : otherGroup);
                    default -> throw new AssertionError("Zoom does not serve " + operation);
                }
            }
        };
    }

    /** A client of the fake with its token, no client-side rate limit and the default retries. */
    private static ZoomScimClient client(ZoomScimFake fake) {
        return base(fake).bearerToken(fake.token()).rateLimit(RateLimit.unlimited()).build();
    }

    private static ZoomScimClient.Builder base(ZoomScimFake fake) {
        ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        return ZoomScimClient.builder().baseUri(fake.baseUri()).requestTimeout(TIMEOUT).clock(clock)
                .sleeper(new RecordingSleeper(clock));
    }

    private static ScimClientException failure(Runnable call) {
        return catchThrowableOfType(call::run, ScimClientException.class);
    }

    /** What the client makes of an answer to a request it would never send itself (no token, no body). */
    private static ScimClientException raw(ZoomScimFake fake, String method, String path, String body,
                                           boolean authorized) {
        URI uri = URI.create(fake.baseUri() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type",
                "application/scim+json").method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (authorized) {
            request.header("Authorization", "Bearer " + fake.token());
        }
        try {
            HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return ErrorMapper.toException(new ScimResponse(ScimRequest.of(method, uri, null, RateCategory.LIGHT),
                    response.statusCode(), response.headers(), response.body()), Instant.now());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static User user(String userName) {
        return User.builder().userName(userName).licenseType(ZoomLicenseType.BASIC).active(true).build();
    }

    private static jakarta.json.JsonObject userJson(String userName) {
        return ScimJson.builders().createObjectBuilder().add("userName", userName).add("active", JsonValue.TRUE)
                .add("userType", "Licensed").build();
    }
}
