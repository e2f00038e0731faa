package dev.scimkit.client.provisioning;

import static dev.scimkit.client.provisioning.ProvisioningFixture.ENTERPRISE;
import static dev.scimkit.client.provisioning.ProvisioningFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.ScimException;
import dev.scimkit.testkit.Fault;
import dev.scimkit.testkit.RequestMatch;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of sync against the fake: it makes Zoom equal the mapped source, a repeated sync writes
 * nothing, and with a fifth of the requests failing (429, 503, dropped connections) repeated syncs
 * still converge with no duplicate user and no lost change.
 */
class SyncPropertiesTest {

    /** A small Okta-style directory: who is assigned to the app and what they look like. */
    record Person(int number, boolean assigned, String givenName, String familyName, String department) {
        String userName() {
            return "person" + number + "@example.com";
        }

        SourceRecord toRecord() {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("login", (number % 2 == 0 ? "Person" : "person") + number + "@Example.com");
            attributes.put("assigned", assigned);
            attributes.put("firstName", givenName);
            attributes.put("lastName", familyName);
            if (department != null) {
                attributes.put("department", department);
            }
            return SourceRecord.of(attributes);
        }
    }

    static final AttributeMapping MAPPING = AttributeMapping.builder()
            .map("login", "userName", Transform.lowerCase())
            .map("login", "emails[type eq \"work\"].value", Transform.lowerCase())
            .map("firstName", "name.givenName")
            .map("lastName", "name.familyName")
            .map("department", ENTERPRISE + ":department")
            .build();

    private static Provisioner provisioner(ProvisioningFixture fixture) {
        return fixture.provisioner(MAPPING).scope("assigned eq true").force(true).concurrency(4).build();
    }

    @Provide
    Arbitrary<List<Person>> directories() {
        Arbitrary<Person> person = Combinators.combine(
                Arbitraries.integers().between(0, 11),
                Arbitraries.of(true, true, true, false),
                Arbitraries.of("Ada", "Grace", "Alan", "Barbara"),
                Arbitraries.of("Lovelace", "Hopper", "Turing", "Liskov"),
                Arbitraries.of("Sales", "R&D", "Support").injectNull(0.2))
                .as(Person::new);
        return person.list().ofMinSize(1).ofMaxSize(8).uniqueElements(Person::number);
    }

    /** A later state of the same directory: some people change, leave, return or join. */
    private static List<Person> evolve(List<Person> before, List<Person> changes) {
        Map<Integer, Person> byNumber = new HashMap<>();
        before.forEach(p -> byNumber.put(p.number(), p));
        changes.forEach(p -> byNumber.put(p.number(), p));
        return new ArrayList<>(byNumber.values());
    }

    @Property(tries = 25)
    void sync_makesZoomEqualTheMappedSource(@ForAll("directories") List<Person> first,
                                            @ForAll("directories") List<Person> changes) {
        try (ProvisioningFixture fixture = new ProvisioningFixture()) {
            Provisioner provisioner = provisioner(fixture);
            provisioner.sync(first.stream().map(Person::toRecord).toList());
            List<Person> second = evolve(first, changes);

            ProvisioningReport report = provisioner.sync(second.stream().map(Person::toRecord).toList());

            assertThat(report.isComplete()).as(report.toTable()).isTrue();
            assertZoomEquals(fixture, first, second);
        }
    }

    @Property(tries = 25)
    void sync_twice_secondPlansOnlyUnchangedAndSendsNoWrite(@ForAll("directories") List<Person> people) {
        try (ProvisioningFixture fixture = new ProvisioningFixture()) {
            Provisioner provisioner = provisioner(fixture);
            List<SourceRecord> records = people.stream().map(Person::toRecord).toList();
            provisioner.sync(records);
            int before = fixture.fake.requestCount();

            ProvisioningReport again = provisioner.sync(records);

            assertThat(again.plan().users()).extracting(UserChange::action).containsOnly(ChangeAction.UNCHANGED);
            assertThat(again.outcomes()).isEmpty();
            assertThat(fixture.fake.requests().subList(before, fixture.fake.requestCount()))
                    .allSatisfy(request -> assertThat(request.method()).isEqualTo("GET"));
        }
    }

    @Property(tries = 20)
    void sync_withTwentyPercentFaults_convergesWithoutDuplicatesOrLostChanges(
            @ForAll("directories") List<Person> first, @ForAll("directories") List<Person> changes,
            @ForAll long faultSeed) {
        try (ProvisioningFixture fixture = new ProvisioningFixture()) {
            Provisioner provisioner = provisioner(fixture);
            provisioner.sync(first.stream().map(Person::toRecord).toList());
            List<Person> second = evolve(first, changes);
            List<SourceRecord> records = second.stream().map(Person::toRecord).toList();
            faultScript(faultSeed).forEach(fault -> fixture.fake.enqueueFault(RequestMatch.any(), fault, 1));

            boolean converged = false;
            StringBuilder rounds = new StringBuilder();
            for (int round = 0; round < 6 && !converged; round++) {
                try {
                    ProvisioningReport report = provisioner.sync(records);
                    converged = report.outcomes().isEmpty();
                    rounds.append(report.toTable());
                } catch (ScimException e) {
                    rounds.append("listing failed: ").append(e.getMessage()).append('\n');
                }
            }

            assertThat(converged).as("a sync found nothing left to do:%n%s", rounds).isTrue();
            Map<String, Long> perUserName = fixture.fake.users().stream()
                    .collect(Collectors.groupingBy(user -> text(user, "userName").toLowerCase(), Collectors.counting()));
            assertThat(perUserName).as("no duplicate user").allSatisfy((userName, count) -> assertThat(count).isOne());
            assertZoomEquals(fixture, first, second);
        }
    }

    /**
     * The next 150 requests, exactly one in five failing: a 429 with {@code Retry-After}, a 503, a
     * connection dropped before or after the request was applied (the order drawn from the seed; the
     * rest pass untouched).
     */
    private static List<Fault> faultScript(long seed) {
        Random random = new Random(seed);
        List<Fault> faults = List.of(Fault.status(429).withRetryAfter(Duration.ofSeconds(1)), Fault.status(503),
                Fault.dropConnection(), Fault.dropConnectionAfterApplying());
        List<Fault> script = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            script.add(i % 5 == 0 ? faults.get(random.nextInt(faults.size())) : Fault.delay(Duration.ofNanos(1)));
        }
        Collections.shuffle(script, random);
        return script;
    }

    /** Zoom holds exactly map(second), plus deactivated users for people who were provisioned before. */
    private static void assertZoomEquals(ProvisioningFixture fixture, List<Person> first, List<Person> second) {
        Map<String, Person> provisionedEver = new HashMap<>();
        first.stream().filter(Person::assigned).forEach(p -> provisionedEver.put(p.userName(), p));
        second.stream().filter(Person::assigned).forEach(p -> provisionedEver.put(p.userName(), p));
        assertThat(fixture.fake.users()).extracting(user -> text(user, "userName"))
                .containsExactlyInAnyOrderElementsOf(provisionedEver.keySet());
        for (Person person : second) {
            if (!provisionedEver.containsKey(person.userName())) {
                continue;
            }
            JsonObject user = fixture.requireUser(person.userName());
            assertThat(user.getBoolean("active")).as(person.userName()).isEqualTo(person.assigned());
            if (person.assigned()) {
                assertThat(text(user, "name", "givenName")).isEqualTo(person.givenName());
                assertThat(text(user, "name", "familyName")).isEqualTo(person.familyName());
                if (person.department() != null) {
                    assertThat(text(user, ENTERPRISE, "department")).isEqualTo(person.department());
                }
                assertThat(ProvisioningFixture.workEmail(user)).isEqualTo(person.userName());
            }
        }
    }
}
