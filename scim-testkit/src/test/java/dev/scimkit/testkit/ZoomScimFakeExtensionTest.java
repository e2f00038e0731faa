package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class ZoomScimFakeExtensionTest {

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
    }

    @Test
    void extension_injectsFreshStartedFakePerTest() {
        Events events = run(PerTestExample.class);

        events.assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(PerTestExample.ports).hasSize(2);
    }

    @Test
    void extension_resetsSharedFakeBetweenTestsAndUsesAnnotatedProfile() {
        Events events = run(SharedExample.class);

        events.assertStatistics(stats -> stats.succeeded(2).failed(0));
    }

    @Test
    void extension_failsTestThatLeavesFaultsUnused() {
        Events events = run(UnusedFaultExample.class);

        events.assertThatEvents().haveExactly(1, event(test("leavesFault"),
                finishedWithFailure(message(text -> text.contains("1 queued fault(s) unused")))));
    }

    @ZoomScimFakeTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerTestExample {
        static final List<Integer> ports = new ArrayList<>();

        @Test
        @Order(1)
        void first(ZoomScimFake fake) {
            ports.clear();
            ports.add(fake.port());
            assertThat(Http.to(fake).post("/Users", Http.user("a@example.com")).statusCode()).isEqualTo(201);
        }

        @Test
        @Order(2)
        void second(ZoomScimFake fake) {
            ports.add(fake.port());
            assertThat(fake.users()).isEmpty();
            assertThat(fake.profile()).isEqualTo(FakeProfile.ZOOM);
        }
    }

    @ZoomScimFakeTest(profile = FakeProfile.SCIM)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SharedExample {
        static ZoomScimFake shared;

        @BeforeAll
        static void start(ZoomScimFake fake) {
            shared = fake;
        }

        @Test
        @Order(1)
        void first(ZoomScimFake fake) {
            assertThat(fake).isSameAs(shared);
            assertThat(fake.profile()).isEqualTo(FakeProfile.SCIM);
            fake.seedUser(dev.scimkit.core.json.ScimJson.parseObject(
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"s@example.com\"}"));
        }

        @Test
        @Order(2)
        void second(ZoomScimFake fake) {
            assertThat(fake).isSameAs(shared);
            assertThat(fake.users()).isEmpty();
        }
    }

    @ZoomScimFakeTest
    static class UnusedFaultExample {
        @Test
        void leavesFault(ZoomScimFake fake) {
            fake.enqueueFault(RequestMatch.any(), Fault.status(500));
        }
    }
}
