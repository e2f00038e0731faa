package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int INCREMENTS_PER_THREAD = 10;

    @Test
    void conditionalPut_with16ThreadsNeverLosesAnUpdate() throws Exception {
        try (ZoomScimFake fake = ZoomScimFake.builder().profile(FakeProfile.SCIM).threads(8).start()) {
            String id = fake.seedUser(ScimJson.parseObject("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                    + "\"userName\":\"counter@example.com\",\"nickName\":\"0\"}"));
            String path = "/Users/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
            Http http = Http.to(fake);
            AtomicInteger conflicts = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    Callable<Integer> worker = () -> {
                        start.await();
                        int done = 0;
                        while (done < INCREMENTS_PER_THREAD) {
                            HttpResponse<String> read = http.get(path);
                            String etag = read.headers().firstValue("ETag").orElseThrow();
                            int value = Integer.parseInt(Http.json(read).getString("nickName"));
                            HttpResponse<String> write = http.send("PUT", path,
                                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                                            + "\"userName\":\"counter@example.com\",\"nickName\":\"" + (value + 1) + "\"}",
                                    "If-Match", etag);
                            if (write.statusCode() == 200) {
                                done++;
                            } else {
                                assertThat(write.statusCode()).isEqualTo(412);
                                conflicts.incrementAndGet();
                            }
                        }
                        return done;
                    };
                    results.add(pool.submit(worker));
                }
                start.countDown();
                int total = 0;
                for (Future<Integer> result : results) {
                    total += result.get();
                }

                assertThat(total).isEqualTo(THREADS * INCREMENTS_PER_THREAD);
                assertThat(fake.user(id).orElseThrow().getString("nickName"))
                        .isEqualTo(Integer.toString(THREADS * INCREMENTS_PER_THREAD));
                assertThat(fake.user(id).orElseThrow().getJsonObject("meta").getString("version"))
                        .isEqualTo("W/\"" + (1 + THREADS * INCREMENTS_PER_THREAD) + "\"");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void concurrentCreates_ofOneUserNameYieldExactlyOneUser() throws Exception {
        try (ZoomScimFake fake = ZoomScimFake.start()) {
            Http http = Http.to(fake);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int n = t;
                    statuses.add(pool.submit(() -> {
                        start.await();
                        return http.post("/Users", Http.user(n % 2 == 0 ? "race@example.com" : "RACE@example.com"))
                                .statusCode();
                    }));
                }
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> status : statuses) {
                    codes.add(status.get());
                }

                assertThat(codes).containsOnly(201, 409);
                assertThat(codes.stream().filter(code -> code == 201)).hasSize(1);
                assertThat(fake.users()).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
