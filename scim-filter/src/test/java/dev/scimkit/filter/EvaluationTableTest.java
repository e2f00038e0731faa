package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code evaluation-table.txt} against the RFC 7643 §8.2 full user, in lenient and strict mode. */
class EvaluationTableTest {

    static JsonObject fullUser() throws IOException {
        try (InputStream in = EvaluationTableTest.class.getResourceAsStream("rfc7643-full-user.json")) {
            return ScimJson.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @TestFactory
    Stream<DynamicTest> test_evaluationTable() throws IOException {
        JsonObject user = fullUser();
        FilterEvaluator strict = FilterEvaluator.builder().strict(true).build();
        return FilterTableTest.rows("evaluation-table.txt").stream().map(row -> DynamicTest.dynamicTest(
                row.input() + " ==> " + row.expected(), () -> {
                    boolean expected = Boolean.parseBoolean(row.expected());
                    Filter filter = Filter.parse(row.input());
                    assertThat(filter.test(user)).as("lenient").isEqualTo(expected);
                    assertThat(strict.test(filter, user)).as("strict").isEqualTo(expected);
                    assertThat(new Filter.Not(filter).test(user)).as("not").isEqualTo(!expected);
                }));
    }

    @Test
    void evaluationTable_isLargeEnough() throws IOException {
        assertThat(FilterTableTest.rows("evaluation-table.txt")).hasSizeGreaterThanOrEqualTo(60)
                .allSatisfy(row -> assertThat(row.expected()).isIn("true", "false"));
    }
}
