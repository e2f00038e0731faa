package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

/** The evaluator's builder behaves like every scimkit builder: each setting once, both values named. */
class FilterEvaluatorBuilderTest {

    @Test
    void strictTwice_failsNamingBothValues() {
        FilterEvaluator.Builder builder = FilterEvaluator.builder().strict(true);

        assertThatThrownBy(() -> builder.strict(false)).isInstanceOf(IllegalStateException.class)
                .hasMessage("strict was already set to true; cannot set it again to false");
    }

    @Test
    void registryTwice_failsNamingBothValues() {
        SchemaRegistry other = SchemaRegistry.builder().build();
        FilterEvaluator.Builder builder = FilterEvaluator.builder().registry(SchemaRegistry.defaults());

        assertThatThrownBy(() -> builder.registry(other)).isInstanceOf(IllegalStateException.class)
                .hasMessage("registry was already set to SchemaRegistry.defaults(); cannot set it again to a registry "
                        + "of 0 schemas");
    }

    @Test
    void eachSettingOnce_builds() {
        FilterEvaluator evaluator = FilterEvaluator.builder().strict(true).registry(SchemaRegistry.defaults()).build();

        assertThat(evaluator.isStrict()).isTrue();
        assertThat(evaluator.registry()).isSameAs(SchemaRegistry.defaults());
    }
}
