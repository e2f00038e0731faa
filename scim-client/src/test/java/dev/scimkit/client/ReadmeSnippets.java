package dev.scimkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * README examples are compiled tests: the code between {@code // README:begin} and {@code // README:end}
 * in a test source must appear verbatim, unindented, as a {@code java} block in the README.
 */
public final class ReadmeSnippets {

    private static final String BEGIN = "// README:begin\n";
    private static final String END = "// README:end";

    private ReadmeSnippets() {
    }

    /**
     * @param testSource the test's source file, relative to the scim-client module
     */
    public static void assertReadmeContainsExampleOf(String testSource) {
        try {
            String test = Files.readString(Path.of(testSource)).replace("\r\n", "\n");
            String readme = Files.readString(Path.of("../README.md")).replace("\r\n", "\n");
            int begin = test.indexOf(BEGIN);
            int end = test.indexOf(END);
            assertThat(begin).as(testSource + " has " + BEGIN.strip()).isNotNegative();
            int indent = begin - test.lastIndexOf('\n', begin) - 1;
            String example = test.substring(begin + BEGIN.length(), test.lastIndexOf('\n', end) + 1);
            String unindented = example.lines().map(line -> line.length() >= indent ? line.substring(indent) : line.strip())
                    .reduce("", (a, b) -> a + b + "\n");
            assertThat(readme).contains("```java\n" + unindented + "```");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
