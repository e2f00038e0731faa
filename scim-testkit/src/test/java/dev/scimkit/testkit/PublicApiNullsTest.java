package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every public method of the fake's API rejects a null reference argument with an NPE naming it. */
class PublicApiNullsTest {

    private static final Map<Class<?>, Object> SAMPLES = Map.of(
            String.class, "x",
            Duration.class, Duration.ofSeconds(1),
            RequestMatch.class, RequestMatch.any(),
            Fault.class, Fault.status(500),
            FakeProfile.class, FakeProfile.ZOOM,
            RateLimits.class, RateLimits.off(),
            java.time.Clock.class, java.time.Clock.systemUTC(),
            jakarta.json.JsonObject.class, jakarta.json.JsonValue.EMPTY_JSON_OBJECT);

    @Test
    void publicMethods_rejectNullArgumentsNamingThem() throws Exception {
        List<String> failures = new ArrayList<>();
        try (ZoomScimFake fake = ZoomScimFake.start()) {
            check(fake, ZoomScimFake.class, failures);
            check(ZoomScimFake.builder(), ZoomScimFake.Builder.class, failures);
            check(RequestMatch.any(), RequestMatch.class, failures);
            check(Fault.status(503), Fault.Status.class, failures);
            check(null, Fault.class, failures);
            check(new RecordedRequest(0, "GET", "/", "", Map.of(), "", 200, ""), RecordedRequest.class, failures);
        }
        assertThat(failures).isEmpty();
        assertThat(checked).as("null checks performed").isGreaterThan(20);
    }

    private static int checked;

    private static void check(Object target, Class<?> type, List<String> failures) throws IllegalAccessException {
        for (Method method : type.getDeclaredMethods()) {
            boolean isStatic = Modifier.isStatic(method.getModifiers());
            if (!Modifier.isPublic(method.getModifiers()) || (target == null) != isStatic
                    || method.getName().equals("equals")) {
                continue;
            }
            Class<?>[] parameters = method.getParameterTypes();
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].isPrimitive()) {
                    continue;
                }
                Object[] arguments = new Object[parameters.length];
                boolean supported = true;
                for (int j = 0; j < parameters.length; j++) {
                    if (j == i) {
                        continue;
                    }
                    arguments[j] = sample(parameters[j]);
                    supported &= arguments[j] != null || parameters[j].isPrimitive();
                }
                if (!supported) {
                    continue;
                }
                checked++;
                Object receiver = target instanceof ZoomScimFake.Builder ? ZoomScimFake.builder() : target;
                try {
                    method.invoke(receiver, arguments);
                    failures.add(type.getSimpleName() + "." + method.getName() + " accepted null #" + i);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (!(cause instanceof NullPointerException) || cause.getMessage() == null
                            || !cause.getMessage().endsWith("is null")) {
                        failures.add(type.getSimpleName() + "." + method.getName() + " threw " + cause + " for null #" + i);
                    }
                }
            }
        }
    }

    private static Object sample(Class<?> type) {
        if (type == int.class) {
            return 1;
        }
        if (type == long.class) {
            return 1L;
        }
        Object sample = SAMPLES.get(type);
        return sample != null ? sample : Optional.empty().orElse(null);
    }
}
