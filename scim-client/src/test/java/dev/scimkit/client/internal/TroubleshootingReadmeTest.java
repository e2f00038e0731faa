package dev.scimkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's troubleshooting table is the hint table: this fails when they drift apart. */
class TroubleshootingReadmeTest {

    private static final String START = "<!-- hints:start -->\n";
    private static final String END = "<!-- hints:end -->";

    @Test
    void readmeTroubleshootingTable_equalsHintTable() throws IOException {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int start = text.indexOf(START);
        int end = text.indexOf(END);

        assertThat(start).as("README.md has " + START.strip()).isNotNegative();
        assertThat(end).as("README.md has " + END).isGreaterThan(start);
        assertThat(text.substring(start + START.length(), end))
                .as("README.md troubleshooting table; regenerate it from HintTable.markdownTable()")
                .isEqualTo(HintTable.markdownTable());
    }
}
