package dev.scimkit.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.scimkit.client.BadRequestException;
import dev.scimkit.client.InvalidFilterException;
import dev.scimkit.client.ConflictException;
import dev.scimkit.client.NotFoundException;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.Email;
import dev.scimkit.core.ListResponse;
import dev.scimkit.core.Name;
import dev.scimkit.core.User;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.filter.FilterParseException;
import dev.scimkit.filter.Filters;
import dev.scimkit.testkit.RecordedRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsersOverHttpTest {

    private final FakeFixture f = new FakeFixture();
    private final ZoomScimClient client = f.client;

    @AfterEach
    void close() {
        f.close();
    }

    private static User newUser(String userName) {
        return User.builder().userName(userName).name(Name.of("Jill", "Chill"))
                .addEmail(Email.of(userName, "work", true)).active(true).userType("Basic").build();
    }

    @Test
    void create_sendsScimJsonPost_andReturnsUserWithId() throws Exception {
        User created = client.users().create(newUser("jill@example.com"));

        assertThat(created.id()).isNotBlank();
        assertThat(created.userName()).isEqualTo("jill@example.com");
        RecordedRequest post = f.fake.takeRequest();
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.path()).isEqualTo("/scim2/Users");
        assertThat(post.header("Content-Type")).contains("application/scim+json");
        assertThat(post.header("Accept")).contains("application/scim+json");
        assertThat(post.bodyJson().getString("userName")).isEqualTo("jill@example.com");
        assertThat(f.fake.users()).hasSize(1);
    }

    @Test
    void create_duplicateUserName_throwsConflict() {
        client.users().create(newUser("dup@example.com"));

        assertThatThrownBy(() -> client.users().create(newUser("dup@example.com")))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).status()).isEqualTo(409));
    }

    @Test
    void get_zoomIdWithAmpersand_isPercentEncodedAsOneSegment() throws Exception {
        f.fake.seedUser(ScimJson.builders().createObjectBuilder(FakeFixture.userJson("amp@example.com"))
                .add("id", "k&KdKr6TLWuxdDtk0hjSzL").build());

        User user = client.users().get("k&KdKr6TLWuxdDtk0hjSzL");

        assertThat(user.userName()).isEqualTo("amp@example.com");
        assertThat(f.fake.takeRequest().path()).isEqualTo("/scim2/Users/k&KdKr6TLWuxdDtk0hjSzL");
    }

    @Test
    void get_unknownId_throwsNotFoundNamingRequest() {
        assertThatThrownBy(() -> client.users().get("nope"))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((ScimClientException) e).request()).isEqualTo("GET /scim2/Users/nope"));
    }

    @Test
    void findByUserName_escapesValue_andFindsOrNot() throws Exception {
        f.fake.seedUser(FakeFixture.userJson("o\"hara@example.com"));

        Optional<User> found = client.users().findByUserName("o\"hara@example.com");
        Optional<User> missing = client.users().findByUserName("ghost@example.com");

        assertThat(found).map(User::userName).contains("o\"hara@example.com");
        assertThat(missing).isEmpty();
        assertThat(java.net.URLDecoder.decode(f.fake.takeRequest().query(), "UTF-8"))
                .isEqualTo("filter=userName eq \"o\\\"hara@example.com\"");
    }

    @Test
    void replace_putsUserAndReturnsServerCopy() throws Exception {
        User created = client.users().create(newUser("rep@example.com"));

        User replaced = client.users().replace(created.toBuilder().title("Engineer").build());

        assertThat(replaced.title()).isEqualTo("Engineer");
        f.fake.takeRequest();
        RecordedRequest put = f.fake.takeRequest();
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.path()).isEqualTo("/scim2/Users/" + created.id());
    }

    @Test
    void patchBuilder_malformedPath_failsBeforeSending() {
        int before = f.fake.requestCount();

        assertThatThrownBy(() -> client.users().patch("some-id").remove("emails[type eq \"home\""))
                .isInstanceOf(FilterParseException.class);
        assertThatThrownBy(() -> client.users().patch("some-id").execute())
                .isInstanceOf(IllegalStateException.class);
        assertThat(f.fake.requestCount()).isEqualTo(before);
    }

    @Test
    void delete_removesUser() {
        User created = client.users().create(newUser("del@example.com"));

        client.users().delete(created.id());

        assertThat(f.fake.users()).isEmpty();
        assertThatThrownBy(() -> client.users().delete(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listPage_readsTotalsAndHonoursCount() throws Exception {
        for (int i = 0; i < 12; i++) {
            f.fake.seedUser(FakeFixture.userJson("u" + i + "@example.com"));
        }

        ListResponse<User> page = client.users().list().startIndex(3).count(5).page();

        assertThat(page.totalResults()).hasValue(12);
        assertThat(page.startIndex()).isEqualTo(3);
        assertThat(page.resources()).extracting(User::userName)
                .containsExactly("u2@example.com", "u3@example.com", "u4@example.com", "u5@example.com", "u6@example.com");
        assertThat(f.fake.takeRequest().query()).isEqualTo("startIndex=3&count=5");
    }

    @Test
    void listFilter_sendsCanonicalFilter() {
        f.fake.seedUser(FakeFixture.userJson("x@example.com"));

        assertThat(client.users().list().filter(Filters.eq("userName", "x@example.com")).page().resources())
                .extracting(User::userName).containsExactly("x@example.com");
        assertThat(client.users().list().filter("externalId eq \"none\"").page().resources()).isEmpty();
    }

    @Test
    void stream_walksAllPagesLazily() {
        for (int i = 0; i < 25; i++) {
            f.fake.seedUser(FakeFixture.userJson("s" + i + "@example.com"));
        }

        List<String> names = client.users().list().count(10).stream().map(User::userName).collect(Collectors.toList());

        assertThat(names).hasSize(25).doesNotHaveDuplicates();
        assertThat(f.wire(3)).containsExactly("GET /scim2/Users?startIndex=1&count=10",
                "GET /scim2/Users?startIndex=11&count=10", "GET /scim2/Users?startIndex=21&count=10");
    }

    @Test
    void stream_underConcurrentInserts_returnsEveryPreexistingUserOnce() {
        List<String> preexisting = IntStream.range(0, 40)
                .mapToObj(i -> f.fake.seedUser(FakeFixture.userJson("pre" + i + "@example.com")))
                .collect(Collectors.toList());
        int[] seen = {0};

        List<String> ids = client.users().list().count(7).stream()
                .peek(user -> {
                    if (++seen[0] % 5 == 0) {
                        f.fake.seedUser(FakeFixture.userJson("new" + seen[0] + "@example.com"));
                    }
                })
                .map(User::id).collect(Collectors.toList());

        assertThat(ids).doesNotHaveDuplicates().containsAll(preexisting);
    }

    @Test
    void async_everyCallCompletes_andFailuresCarryTheSameException() throws Exception {
        User created = client.users().createAsync(newUser("async@example.com")).get();
        assertThat(client.users().getAsync(created.id()).get().userName()).isEqualTo("async@example.com");
        assertThat(client.users().findByUserNameAsync("async@example.com").get()).isPresent();
        assertThat(client.users().replaceAsync(created.toBuilder().title("T").build()).get().title()).isEqualTo("T");
        assertThat(client.users().list().pageAsync().get().resources()).hasSize(1);
        client.users().deleteAsync(created.id()).get();

        Throwable failure = catchThrowable(() -> client.users().getAsync(created.id()).join());
        assertThat(failure).isInstanceOf(CompletionException.class).hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void zoomCompatibility_rejectsUnsupportedFiltersBeforeSending() {
        ZoomScimClient strict = client.newBuilder().zoomCompatibility(true).build();
        int before = f.fake.requestCount();

        assertThatThrownBy(() -> strict.users().list().filter("title eq \"x\""))
                .isInstanceOf(InvalidFilterException.class).hasMessageContaining("Zoom supports only");
        assertThatThrownBy(() -> strict.users().list().filter(Filters.co("userName", "x")))
                .isInstanceOf(InvalidFilterException.class);
        assertThatThrownBy(() -> strict.users().list().filter("userName eq \"a\" or userName eq \"b\""))
                .isInstanceOf(InvalidFilterException.class);
        assertThatThrownBy(() -> strict.groups().list().filter("userName eq \"a\""))
                .isInstanceOf(InvalidFilterException.class).isNotInstanceOf(BadRequestException.class)
                .hasMessageContaining("displayName");
        assertThat(f.fake.requestCount()).isEqualTo(before);

        assertThat(strict.users().list().filter("USERNAME Eq \"a@b.c\"").page().resources()).isEmpty();
        assertThat(strict.users().list().filter(Filters.eq("externalId", "z")).page().resources()).isEmpty();
        assertThat(strict.groups().list().filter(Filters.eq("displayName", "g")).page().resources()).isEmpty();
    }
}
