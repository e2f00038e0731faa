package dev.scimkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OAuthTokenStoreTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private static OAuthTokens tokens(String suffix) {
        return new OAuthTokens("access-" + suffix, NOW.plusSeconds(3600), "refresh-" + suffix, NOW, "scim2",
                OAuthTokens.State.ACTIVE);
    }

    @Test
    void inMemory_savesLoadsDeletesByAccount() {
        OAuthTokenStore store = OAuthTokenStore.inMemory();
        store.save("acme", tokens("a"));
        store.save("globex", tokens("g"));

        assertThat(store.load("acme")).contains(tokens("a"));
        assertThat(store.accountKeys()).containsExactlyInAnyOrder("acme", "globex");
        store.delete("acme");
        assertThat(store.load("acme")).isEmpty();
        assertThat(store.toString()).doesNotContain("refresh-g");
        assertThatThrownBy(() -> store.save(" ", tokens("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.load("a\nb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void file_isOneOwnerOnlyFile_readByAnotherStoreObject_withoutTemporaryFilesLeft() throws IOException {
        Path file = dir.resolve("tokens").resolve("zoom.json");
        OAuthTokenStore store = OAuthTokenStore.file(file);
        assertThat(store.accountKeys()).isEmpty();

        store.save("acme", tokens("a"));
        store.save("globex", tokens("g").withState(OAuthTokens.State.REFRESH_OUTCOME_UNKNOWN));

        OAuthTokenStore reopened = OAuthTokenStore.file(file);
        assertThat(reopened.load("acme")).contains(tokens("a"));
        assertThat(reopened.load("globex").orElseThrow().state()).isEqualTo(OAuthTokens.State.REFRESH_OUTCOME_UNKNOWN);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("zoom.json", "zoom.json.lock");
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.resolveSibling("zoom.json.lock"))))
                    .isEqualTo("rw-------");
        }
        assertThat(Files.readString(file)).startsWith("{\"format\":\"scimkit-zoom-oauth-tokens\",\"version\":1,");
        assertThat(store.toString()).contains("zoom.json").doesNotContain("refresh-a");
    }

    @Test
    void file_tokensWithoutAccessToken_roundTrip() {
        OAuthTokenStore store = OAuthTokenStore.file(dir.resolve("t.json"));
        OAuthTokens refreshOnly = new OAuthTokens(null, NOW, "refresh-only", NOW, "", OAuthTokens.State.REFUSED);

        store.save("k", refreshOnly);

        assertThat(OAuthTokenStore.file(dir.resolve("t.json")).load("k")).contains(refreshOnly);
    }

    @Test
    void file_corrupt_isAClearErrorAndIsNeverOverwritten() throws IOException {
        Path file = dir.resolve("zoom.json");
        Files.writeString(file, "{\"format\":\"scimkit-zoom-oauth-tokens\",\"version\":1,\"accounts\":{\"acme\":"
                + "{\"refreshToken\":\"keep-me\"}}}");
        String before = Files.readString(file);
        OAuthTokenStore store = OAuthTokenStore.file(file);

        assertThatThrownBy(() -> store.load("acme")).isInstanceOfSatisfying(OAuthTokenException.class, e -> {
            assertThat(e.failedPart()).isEqualTo(OAuthTokenException.Part.TOKEN_STORE);
            assertThat(e.getMessage()).contains(file.toString()).contains("account 'acme'")
                    .contains("never reset").doesNotContain("keep-me");
            assertThat(e.hint().orElseThrow().code()).isEqualTo(HintCode.OAUTH_TOKEN_STORE);
        });
        assertThatThrownBy(() -> store.save("other", tokens("o"))).isInstanceOf(OAuthTokenException.class);
        assertThat(Files.readString(file)).isEqualTo(before);

        Files.writeString(file, "{\"format\":\"scimkit-zoom-oauth-tokens\",\"vers");
        assertThatThrownBy(store::accountKeys).hasMessageContaining("not a JSON object");
        Files.writeString(file, "{\"format\":\"something-else\",\"version\":1,\"accounts\":{}}");
        assertThatThrownBy(store::accountKeys).hasMessageContaining("\"format\"");
        Files.writeString(file, "{\"format\":\"scimkit-zoom-oauth-tokens\",\"version\":2,\"accounts\":{}}");
        assertThatThrownBy(store::accountKeys).hasMessageContaining("\"version\" is not 1");
    }

    @Test
    void file_concurrentWritersInOneProcess_loseNothing() throws Exception {
        Path file = dir.resolve("zoom.json");
        List<OAuthTokenStore> stores = List.of(OAuthTokenStore.file(file), OAuthTokenStore.file(file));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        stores.get(thread % 2).save("account-" + thread, tokens(thread + "-" + i));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        OAuthTokenStore reader = OAuthTokenStore.file(file);
        assertThat(reader.accountKeys()).hasSize(8);
        for (int t = 0; t < 8; t++) {
            assertThat(reader.load("account-" + t)).contains(tokens(t + "-9"));
        }
    }

    @Test
    void file_lock_excludesOtherStoreObjectsPerAccount() {
        Path file = dir.resolve("zoom.json");
        OAuthTokenStore first = OAuthTokenStore.file(file);
        OAuthTokenStore second = OAuthTokenStore.file(file);

        try (OAuthTokenStore.Lock held = first.lock("acme", Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> second.lock("acme", Duration.ofMillis(200)))
                    .isInstanceOfSatisfying(OAuthTokenException.class, e -> {
                        assertThat(e.failedPart()).isEqualTo(OAuthTokenException.Part.TOKEN_STORE);
                        assertThat(e.getMessage()).contains("busy");
                    });
            try (OAuthTokenStore.Lock other = second.lock("globex", Duration.ofSeconds(5))) {
                assertThat(other).isNotNull();
            }
            second.save("globex", tokens("g"));
        }
        try (OAuthTokenStore.Lock again = second.lock("acme", Duration.ofSeconds(5))) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void inMemory_lock_excludesOtherAppsSharingTheStore() throws Exception {
        OAuthTokenStore store = OAuthTokenStore.inMemory();
        try (OAuthTokenStore.Lock held = store.lock("acme", Duration.ofSeconds(1))) {
            Future<?> other = CompletableFuture.runAsync(() -> store.lock("acme", Duration.ofMillis(100)));
            assertThatThrownBy(() -> other.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(OAuthTokenException.class);
        }
    }

    /** Another JVM holds an account's lock on the file: this process waits for it and gets it once released. */
    @Test
    void file_lock_excludesAnotherProcess() throws Exception {
        Path file = dir.resolve("zoom.json");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), file.toString(), "acme")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return e.toString();
                }
            }).get(60, TimeUnit.SECONDS);
            assertThat(line).isEqualTo("locked");
            OAuthTokenStore store = OAuthTokenStore.file(file);

            assertThatThrownBy(() -> store.lock("acme", Duration.ofMillis(300))).hasMessageContaining("busy");
            try (OAuthTokenStore.Lock other = store.lock("globex", Duration.ofSeconds(5))) {
                assertThat(other).isNotNull();
            }

            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
            try (OAuthTokenStore.Lock acme = store.lock("acme", Duration.ofSeconds(10))) {
                assertThat(acme).isNotNull();
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    /** Run in a child JVM: takes the lock, says so, and holds it until its standard input closes. */
    public static final class LockHolder {
        public static void main(String[] args) throws IOException {
            try (OAuthTokenStore.Lock lock = OAuthTokenStore.file(Path.of(args[0])).lock(args[1], Duration.ofSeconds(30))) {
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // hold until the parent closes our input
                }
            }
        }
    }

    @Property(tries = 25)
    void file_afterAnySequenceOfSavesAndDeletes_holdsWhatAMapWouldHold(
            @ForAll("operations") List<Tuple.Tuple2<String, String>> operations) throws IOException {
        Path file = Files.createTempDirectory("oauth-store").resolve("zoom.json");
        OAuthTokenStore store = OAuthTokenStore.file(file);
        Map<String, OAuthTokens> model = new HashMap<>();
        for (Tuple.Tuple2<String, String> operation : operations) {
            if (operation.get2() == null) {
                store.delete(operation.get1());
                model.remove(operation.get1());
            } else {
                store.save(operation.get1(), tokens(operation.get2()));
                model.put(operation.get1(), tokens(operation.get2()));
            }
        }

        OAuthTokenStore reopened = OAuthTokenStore.file(file);
        assertThat(reopened.accountKeys()).isEqualTo(model.keySet());
        model.forEach((key, value) -> assertThat(reopened.load(key)).contains(value));
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<String, String>>> operations() {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of("acme", "globex", "ÄÖ-ü", "a\"b\\c", "x".repeat(200)),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(12));
        Arbitrary<String> values = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).injectNull(0.3);
        return net.jqwik.api.Combinators.combine(keys, values).as(Tuple::of).list().ofMaxSize(12);
    }
}
