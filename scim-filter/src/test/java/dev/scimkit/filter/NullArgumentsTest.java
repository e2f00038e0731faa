package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every public method of the API rejects a null argument with "x is null", except documented nullable ones. */
class NullArgumentsTest {

    private static final ResourceType USER = SchemaRegistry.defaults().resourceType("User").orElseThrow();

    private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(String.class, "userName"),
            Map.entry(Filter.class, Filters.pr("userName")),
            Map.entry(Filter[].class, new Filter[0]),
            Map.entry(JsonValue.class, JsonValue.TRUE),
            Map.entry(JsonObject.class, JsonValue.EMPTY_JSON_OBJECT),
            Map.entry(ComparisonOperator.class, ComparisonOperator.EQ),
            Map.entry(BigDecimal.class, BigDecimal.ONE),
            Map.entry(Instant.class, Instant.EPOCH),
            Map.entry(AttributePath.class, AttributePath.of("userName")),
            Map.entry(SortOrder.class, SortOrder.ASCENDING),
            Map.entry(ResourceType.class, USER),
            Map.entry(SchemaRegistry.class, SchemaRegistry.defaults()),
            Map.entry(Attribute.class, Attribute.builder("emails", dev.scimkit.core.schema.AttributeType.COMPLEX).build()));

    /** Parameters documented as nullable: "Class.method#index". */
    private static final Set<String> NULLABLE = Set.of(
            "SortOrder.parse#0", "SortComparator.of#1",
            "FilterEvaluator.compileElementFilter#1", "FilterEvaluator.testElement#1");

    @Test
    void publicMethods_rejectNullNamingTheParameter() throws Exception {
        List<String> checked = new ArrayList<>();
        Object[] targets = {null, null, null, null, null, null, FilterEvaluator.defaults(),
                FilterEvaluator.builder(), SortComparator.of("userName", null, USER)};
        Class<?>[] types = {Filter.class, Filters.class, AttributePath.class, PatchPath.class, SortOrder.class,
                SortComparator.class, FilterEvaluator.class, FilterEvaluator.Builder.class, SortComparator.class};
        for (int t = 0; t < types.length; t++) {
            for (Method method : types[t].getDeclaredMethods()) {
                boolean isStatic = Modifier.isStatic(method.getModifiers());
                if (!Modifier.isPublic(method.getModifiers()) || isStatic == (targets[t] != null)
                        || method.isSynthetic()) {
                    continue;
                }
                Class<?>[] parameters = method.getParameterTypes();
                for (int i = 0; i < parameters.length; i++) {
                    String key = types[t].getSimpleName() + "." + method.getName() + "#" + i;
                    if (parameters[i].isPrimitive() || NULLABLE.contains(key) || method.getName().equals("equals")) {
                        continue;
                    }
                    Object[] arguments = new Object[parameters.length];
                    for (int k = 0; k < parameters.length; k++) {
                        arguments[k] = k == i ? null : key.startsWith("SortComparator.of") && k == 1 && parameters[k] == String.class
                                ? "ascending" : sample(parameters[k], key);
                    }
                    try {
                        method.invoke(targets[t], arguments);
                        fail(key + " accepted null");
                    } catch (InvocationTargetException e) {
                        assertThat(e.getCause()).as(key).isInstanceOf(NullPointerException.class);
                        assertThat(e.getCause().getMessage()).as(key).matches("\\w+ is null");
                    }
                    checked.add(key);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(40);
    }

    private static Object sample(Class<?> type, String key) {
        if (type == boolean.class) {
            return true;
        }
        if (type == long.class) {
            return 1L;
        }
        Object sample = SAMPLES.get(type);
        if (sample == null) {
            throw new AssertionError("no sample for " + type + " in " + key);
        }
        return sample;
    }
}
