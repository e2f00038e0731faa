package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's main command: the standalone fake prints its base URL and token and serves until stopped. */
class StandaloneServerTest {

    private static final String MAIN = "dev.scimkit.testkit.internal.server.FakeServerMain";

    private static Process launch(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MAIN));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void main_printsBaseUrlAndTokenAndServesSeededUsers() throws Exception {
        Process process = launch("--token", "standalone-token", "--seed", "3", "--profile", "zoom");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String baseUrl = null;
            String token = null;
            for (String line = out.readLine(); line != null && (baseUrl == null || token == null); line = out.readLine()) {
                if (line.startsWith("Base URL: ")) {
                    baseUrl = line.substring("Base URL: ".length()).trim();
                } else if (line.startsWith("Token:")) {
                    token = line.substring("Token:".length()).trim();
                }
            }

            assertThat(baseUrl).startsWith("http://127.0.0.1:").endsWith("/scim2");
            assertThat(token).isEqualTo("standalone-token");
            Http http = new Http(URI.create(baseUrl), token);
            assertThat(Http.json(http.get("/Users?startIndex=1&count=1")).getInt("totalResults")).isEqualTo(3);
        } finally {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void main_rejectsUnknownProfileWithUsageAndExitCode2() throws Exception {
        Process process = launch("--profile", "ldap");

        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("--profile must be zoom or scim").contains("usage: java -jar zoom-scim-fake.jar");
    }
}
