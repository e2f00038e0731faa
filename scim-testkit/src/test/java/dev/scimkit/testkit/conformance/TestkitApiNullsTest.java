package dev.scimkit.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.User;
import dev.scimkit.testkit.ScimArbitraries;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every public method of the generators and the conformance suite rejects null with an NPE naming it. */
class TestkitApiNullsTest {

    private static final Map<Class<?>, Supplier<Object>> SAMPLES = Map.of(
            String.class, () -> "example.com",
            URI.class, () -> URI.create("http://127.0.0.1:9/scim2"),
            Supplier.class, () -> (Supplier<String>) () -> "t",
            ServiceProfile.class, () -> ServiceProfile.SCIM,
            HttpClient.class, HttpClient::newHttpClient,
            Duration.class, () -> Duration.ofSeconds(1),
            User.class, () -> User.builder().userName("a@example.com").build(),
            Check.class, () -> Check.SCHEMAS,
            FilterInterpretation.class, FilterInterpretation::lenient);

    private final List<String> failures = new ArrayList<>();
    private int checked;

    @Test
    void publicMethods_rejectNullArgumentsNamingThem() throws Exception {
        check(ScimArbitraries::users);
        check(ScimArbitraries::groups);
        check(ScimArbitraries::filters);
        check(ScimArbitraries::patchRequests);
        check(ConformanceSuite::builder);
        check(FilterInterpretation::lenient);
        ConformanceReport report = new ConformanceReport(URI.create("http://h/scim2"), ServiceProfile.SCIM, 1,
                List.of(new CheckResult(Check.SCHEMAS, Outcome.PASSED, "", Optional.empty())));
        check(() -> report);

        assertThat(failures).isEmpty();
        assertThat(checked).as("null checks performed").isGreaterThanOrEqualTo(15);
    }

    private void check(Supplier<Object> fresh) throws IllegalAccessException {
        for (Method method : fresh.get().getClass().getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                    || method.getName().equals("equals")) {
                continue;
            }
            Class<?>[] parameters = method.getParameterTypes();
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].isPrimitive()) {
                    continue;
                }
                Object[] arguments = new Object[parameters.length];
                for (int j = 0; j < parameters.length; j++) {
                    if (j != i) {
                        Supplier<Object> sample = SAMPLES.get(parameters[j]);
                        arguments[j] = sample == null ? null : sample.get();
                    }
                }
                checked++;
                try {
                    method.invoke(fresh.get(), arguments);
                    failures.add(method + " accepted null #" + i);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (!(cause instanceof NullPointerException) || cause.getMessage() == null
                            || !cause.getMessage().endsWith("is null")) {
                        failures.add(method + " threw " + cause + " for null #" + i);
                    }
                }
            }
        }
    }
}
