package dev.scimkit.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The root README's "Testing your code" example is this package's compiled property test, verbatim. */
class ReadmeExampleTest {

    @Test
    void readme_containsTheCompiledExampleVerbatim() throws IOException {
        String example = Files.readString(Path.of("src/test/java/dev/scimkit/testkit/examples/"
                + "ProvisioningPropertyTest.java"));
        String code = example.substring(example.indexOf("import static"));
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(readme).contains("```java\n" + code + "```");
    }
}
