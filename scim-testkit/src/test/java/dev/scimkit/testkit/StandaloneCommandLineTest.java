package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The standalone jar's command line, run as a child process: options, ready line, exit codes. */
class StandaloneCommandLineTest {

    private static final String MAIN = "dev.scimkit.testkit.internal.server.FakeServerMain";

    private static Process launch(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MAIN));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).start();
    }

    /** Runs to completion; returns stdout and stderr. */
    private static String[] finish(Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[] {out, err};
    }

    /** Reads stdout up to the ready line; returns the base URL it names. */
    private static String awaitReady(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("Ready: ")) {
                return line.substring("Ready: ".length());
            }
        }
        throw new AssertionError("no ready line; stderr: "
                + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void scimProfileWithSeed_servesTheSeededUsersAfterTheReadyLine() throws Exception {
        Process process = launch("--profile", "scim", "--seed", "5", "--token", "t", "--journal-bytes", "100000",
                "--read-timeout-ms=5000");
        try {
            String baseUrl = awaitReady(process);

            Http http = new Http(URI.create(baseUrl), "t");
            assertThat(Http.json(http.get("/Users?count=1")).getInt("totalResults")).isEqualTo(5);
        } finally {
            process.destroy();      // SIGTERM
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(process.exitValue()).isEqualTo(143);
    }

    @Test
    void sigterm_stopsTheFakeAndFreesThePort() throws Exception {
        Process process = launch();
        int port = URI.create(awaitReady(process)).getPort();

        process.destroy();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            throw new AssertionError("port " + port + " still accepts connections");
        } catch (ConnectException expected) {
            // freed
        }
    }

    @Test
    void unknownOption_isNamed_withExitCode2() throws Exception {
        Process process = launch("--port", "0", "--bogus");

        String[] output = finish(process);

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output[1]).contains("unknown option --bogus").contains("usage:");
        assertThat(output[0]).isEmpty();
    }

    @Test
    void missingValue_andRepeatedOption_areUsageErrors() throws Exception {
        Process missing = launch("--seed");
        String[] missingOutput = finish(missing);
        Process twice = launch("--token", "a", "--token", "b");
        String[] twiceOutput = finish(twice);

        assertThat(missing.exitValue()).isEqualTo(2);
        assertThat(missingOutput[1]).contains("option --seed needs a value");
        assertThat(twice.exitValue()).isEqualTo(2);
        assertThat(twiceOutput[1]).contains("option --token is given twice");
    }

    @Test
    void help_listsEveryOption_withExitCode0() throws Exception {
        Process process = launch("--help");

        String[] output = finish(process);

        assertThat(process.exitValue()).isZero();
        assertThat(output[0]).contains("--port", "--token", "--profile", "--seed", "--read-timeout-ms",
                "--journal-bytes", "--help", "Exit status");
    }

    @Test
    void portInUse_exits1WithTheReasonOnStderr() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Process process = launch("--port", Integer.toString(taken.getLocalPort()));

            String[] output = finish(process);

            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(output[1]).contains("cannot start").contains(Integer.toString(taken.getLocalPort()));
            assertThat(output[0]).doesNotContain("Ready:");
        }
    }
}
