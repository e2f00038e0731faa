package dev.scimkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.scimkit.core.Group;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.User;
import dev.scimkit.filter.Filter;
import jakarta.json.JsonValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Every public method of the client's API rejects a null reference argument with an NPE naming it. */
class NullRejectionTest {

    private static final ZoomOAuthApp OAUTH_APP = ZoomOAuthApp.builder().clientId("c").clientSecret("s")
            .redirectUri(URI.create("https://tool.example.com/cb")).build();
    private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(String.class, "x"), Map.entry(String[].class, new String[] {"x"}),
            Map.entry(URI.class, URI.create("https://api.zoom.us/scim2")),
            Map.entry(Duration.class, Duration.ofSeconds(1)), Map.entry(Clock.class, Clock.systemUTC()),
            Map.entry(HttpClient.class, HttpClient.newHttpClient()), Map.entry(Executor.class, (Executor) Runnable::run),
            Map.entry(TokenProvider.class, (TokenProvider) () -> "t"), Map.entry(RetryPolicy.class, RetryPolicy.none()),
            Map.entry(RateLimit.class, RateLimit.unlimited()), Map.entry(Sleeper.class, Sleeper.system()),
            Map.entry(System.Logger.class, System.getLogger("x")),
            Map.entry(User.class, User.builder().userName("u").id("i").build()),
            Map.entry(Group.class, Group.builder().displayName("g").id("i").build()),
            Map.entry(PatchRequest.class, PatchRequest.builder().remove("title").build()),
            Map.entry(Filter.class, Filter.parse("userName eq \"a\"")), Map.entry(JsonValue.class, JsonValue.TRUE),
            Map.entry(OAuthTokenStore.class, OAuthTokenStore.inMemory()),
            Map.entry(AuthorizationRequest.class, OAUTH_APP.authorizationRequest()));

    @Test
    void publicMethods_nullArguments_throwNpeNamingTheParameter() throws Exception {
        ZoomScimClient client = ZoomScimClient.builder().bearerToken("t")
                .baseUri(URI.create("http://127.0.0.1:9/scim2")).retryPolicy(RetryPolicy.none()).build();
        List<Object> targets = List.of(ZoomScimClient.builder(), ZoomServerToServerOAuth.builder(),
                ZoomOAuthApp.builder(), OAUTH_APP, client.users(),
                client.groups(), client.users().list(), client.users().patch("id"));
        List<String> checked = new ArrayList<>();
        for (Object target : targets) {
            for (Method method : target.getClass().getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                Class<?>[] types = method.getParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    if (types[i].isPrimitive()) {
                        continue;
                    }
                    Object[] args = new Object[types.length];
                    for (int j = 0; j < types.length; j++) {
                        args[j] = j == i ? null : sample(types[j], method);
                    }
                    try {
                        method.invoke(target, args);
                        fail(method + " accepted null for parameter " + i);
                    } catch (InvocationTargetException e) {
                        assertThat(e.getCause()).as(method + " parameter " + i)
                                .isInstanceOf(NullPointerException.class).hasMessageEndingWith(" is null");
                    }
                    checked.add(method.getName());
                }
            }
        }
        assertThat(checked).contains("bearerToken", "create", "get", "findByUserName", "patch", "filter", "replace",
                "remove", "addMembers", "clientSecret", "tokenStore", "redirectUri", "exchange", "forAccount");
    }

    private static Object sample(Class<?> type, Method method) {
        if (type == boolean.class) {
            return true;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == long.class) {
            return 4096L;
        }
        Object sample = SAMPLES.get(type);
        if (sample == null) {
            throw new AssertionError("no sample for " + type + " in " + method);
        }
        return sample;
    }
}
