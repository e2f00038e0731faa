package dev.scimkit.client.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.testkit.Fault;
import dev.scimkit.testkit.ManualClock;
import dev.scimkit.testkit.RequestMatch;
import dev.scimkit.testkit.ZoomScimFake;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Applying plans against the fake: isolation of failures, the Basic-user cap, the guard, progress, reads. */
class ApplyTest {

    private ProvisioningFixture fixture = new ProvisioningFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private static SourceRecord person(int i, String department) {
        return SourceRecord.of(Map.of("primaryEmail", "user" + i + "@example.com", "givenName", "User",
                "familyName", "No" + i, "department", department));
    }

    private static List<SourceRecord> people(int count, String department) {
        return IntStream.range(0, count).mapToObj(i -> person(i, department)).toList();
    }

    @Test
    void apply_oneFailure_othersStillApplied() {
        fixture.fake.enqueueFault(RequestMatch.method("POST").path("/scim2/Users"), Fault.status(400), 1);

        ProvisioningReport report = fixture.provisioner(Presets.googleWorkspace()).build().sync(people(5, "Sales"));

        assertThat(report.outcomes()).hasSize(5);
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.status()).isEqualTo(OutcomeStatus.FAILED);
            assertThat(failure.error().status()).isEqualTo(400);
        });
        assertThat(report.count(OutcomeStatus.SUCCEEDED)).isEqualTo(4);
        assertThat(fixture.fake.users()).hasSize(4);
        assertThat(report.toTable()).contains("FAILED").contains("5 changes: 4 succeeded, 1 failed");
    }

    @Test
    void apply_basicUserCapReached_isAnOutcomePerUserNotACrash() {
        fixture.close();
        fixture = new ProvisioningFixture(ZoomScimFake.builder().basicUserCap(3).start());

        ProvisioningReport report = fixture.provisioner(Presets.googleWorkspace()).concurrency(1).build()
                .sync(people(5, "Sales"));

        assertThat(report.count(OutcomeStatus.SUCCEEDED)).isEqualTo(3);
        assertThat(report.count(OutcomeStatus.BASIC_USER_CAP)).isEqualTo(2);
        assertThat(report.failures()).allSatisfy(failure -> assertThat(failure.error().detail()).contains("Basic"));
        assertThat(fixture.fake.users()).hasSize(3);
    }

    @Test
    void apply_guardTripped_refusesBeforeSendingUnlessForced() {
        Provisioner provisioner = fixture.provisioner(Presets.googleWorkspace()).scope("department eq \"Sales\"").build();
        provisioner.sync(people(10, "Sales"));
        List<SourceRecord> twoLeft = new ArrayList<>(people(10, "Sales"));
        twoLeft.set(0, person(0, "Legal"));
        twoLeft.set(1, person(1, "Legal"));
        ProvisioningPlan plan = provisioner.plan(twoLeft);
        int requests = fixture.fake.requestCount();

        assertThatThrownBy(() -> provisioner.apply(plan)).isInstanceOfSatisfying(DeprovisioningGuardException.class, e -> {
            assertThat(e.deprovisionings()).isEqualTo(2);
            assertThat(e.matchedUsers()).isEqualTo(10);
            assertThat(e.getMessage()).contains("2 of 10").contains("20.0%").contains("10.0%");
        });
        assertThat(fixture.fake.requestCount()).isEqualTo(requests);

        ProvisioningReport forced = fixture.provisioner(Presets.googleWorkspace()).scope("department eq \"Sales\"")
                .force(true).build().apply(plan);
        assertThat(forced.outcomes()).extracting(ChangeOutcome::action)
                .containsExactly(ChangeAction.DEACTIVATE, ChangeAction.DEACTIVATE);
        assertThat(fixture.fake.users().stream().filter(u -> !u.getBoolean("active"))).hasSize(2);
    }

    @Test
    void apply_oneDeactivationWithinThreshold_proceeds() {
        Provisioner provisioner = fixture.provisioner(Presets.googleWorkspace()).scope("department eq \"Sales\"").build();
        provisioner.sync(people(10, "Sales"));
        List<SourceRecord> oneLeft = new ArrayList<>(people(10, "Sales"));
        oneLeft.set(3, person(3, "Legal"));

        ProvisioningReport report = provisioner.sync(oneLeft);

        assertThat(report.outcomes()).extracting(ChangeOutcome::subject).containsExactly("user3@example.com");
        assertThat(fixture.requireUser("user3@example.com").getBoolean("active")).isFalse();
    }

    @Test
    void apply_progressListener_seesEveryChangeWithEtaFromTheClock() {
        List<Progress> seen = new ArrayList<>();
        ProvisioningReport report = fixture.provisioner(Presets.googleWorkspace()).concurrency(1)
                .clock(ManualClock.ticking(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofSeconds(1))).progressListener(seen::add).build().sync(people(4, "Sales"));

        assertThat(seen).extracting(Progress::done).containsExactly(1, 2, 3, 4);
        assertThat(seen).extracting(Progress::total).containsOnly(4);
        assertThat(seen).extracting(Progress::eta).containsExactly(Optional.of(Duration.ofSeconds(3)),
                Optional.of(Duration.ofSeconds(2)), Optional.of(Duration.ofSeconds(1)), Optional.of(Duration.ZERO));
        assertThat(seen.get(3).fraction()).isEqualTo(1.0);
        assertThat(report.duration()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void plan_readsCurrentStateWithOnePagedListAndNoPerUserGet() {
        Provisioner provisioner = fixture.provisioner(Presets.googleWorkspace()).build();
        provisioner.sync(people(250, "Sales"));
        int before = fixture.fake.requestCount();

        ProvisioningPlan plan = provisioner.plan(people(250, "Sales"));

        assertThat(plan.hasChanges()).isFalse();
        var reads = fixture.fake.requests().subList(before, fixture.fake.requestCount());
        assertThat(reads).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/scim2/Users");
        });
        assertThat(reads).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void apply_deleteOptedIn_deletesLeaversFromZoom() {
        Provisioner provisioner = fixture.provisioner(Presets.googleWorkspace()).scope("department eq \"Sales\"")
                .deprovisionAction(DeprovisionAction.DELETE).force(true).build();
        provisioner.sync(people(3, "Sales"));

        ProvisioningReport report = provisioner.sync(List.of(person(0, "Sales"), person(1, "Legal"), person(2, "Sales")));

        assertThat(report.outcomes()).extracting(ChangeOutcome::action, ChangeOutcome::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeAction.DELETE, OutcomeStatus.SUCCEEDED));
        assertThat(fixture.user("user1@example.com")).isEmpty();
        assertThat(fixture.fake.users()).hasSize(2);
    }
}
