package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.testkit.conformance.Check;
import dev.scimkit.testkit.conformance.CheckResult;
import dev.scimkit.testkit.conformance.ConformanceReport;
import dev.scimkit.testkit.conformance.FilterInterpretation;
import dev.scimkit.testkit.conformance.Outcome;
import dev.scimkit.testkit.conformance.ServiceProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.sessions.JqwikSession;

/** Runs the selected checks one after another and collects their results. */
public final class ConformanceRunner {

    private final URI baseUri;
    private final ServiceProfile profile;
    private final FilterInterpretation interpretation;
    private final Set<Check> selected;
    private final int tries;
    private final long seed;
    private final ScimWire wire;

    /**
     * @param baseUri  the SCIM base URI
     * @param token    supplies the bearer token for each request
     * @param profile  what the service offers
     * @param interpretation the readings of the RFC's open points the filter check accepts
     * @param selected the checks to run
     * @param tries    samples per generated check
     * @param seed     the seed of the samples
     * @param client   the HTTP client
     * @param timeout  the response timeout per request
     */
    public ConformanceRunner(URI baseUri, Supplier<String> token, ServiceProfile profile,
                             FilterInterpretation interpretation, Set<Check> selected, int tries, long seed,
                             HttpClient client, Duration timeout) {
        this.baseUri = baseUri;
        this.profile = profile;
        this.interpretation = interpretation;
        this.selected = Set.copyOf(selected);
        this.tries = tries;
        this.seed = seed;
        this.wire = new ScimWire(client, baseUri, token, timeout);
    }

    /** @return the report, one result per {@link Check} */
    public ConformanceReport run() {
        String runTag = Long.toString(System.nanoTime() & 0xFFFFFFFFL, 36);
        Service service = new Service(wire, profile, interpretation, runTag);
        Samples samples = new Samples(tries, seed);
        List<CheckResult> results = new ArrayList<>();
        // Generating samples outside a jqwik property needs a session; inside one, the property's is used.
        boolean ownSession = !JqwikSession.isActive();
        if (ownSession) {
            JqwikSession.start();
        }
        try {
            for (Check check : Check.values()) {
                results.add(run(check, service, samples));
            }
        } finally {
            if (ownSession) {
                JqwikSession.finish();
            }
        }
        return new ConformanceReport(baseUri, profile, seed, results);
    }

    private CheckResult run(Check check, Service service, Samples samples) {
        if (!selected.contains(check)) {
            return new CheckResult(check, Outcome.SKIPPED, "not selected", Optional.empty());
        }
        if (profile == ServiceProfile.ZOOM && check.zoomSkipReason().isPresent()) {
            return new CheckResult(check, Outcome.SKIPPED, "profile ZOOM: " + check.zoomSkipReason().get(),
                    Optional.empty());
        }
        try {
            execute(check, service, samples);
            return new CheckResult(check, Outcome.PASSED, "", Optional.empty());
        } catch (CheckFailure failure) {
            return new CheckResult(check, Outcome.FAILED, failure.getMessage(), failure.exchange());
        } catch (RuntimeException e) {
            return new CheckResult(check, Outcome.FAILED, "the check could not complete: " + e, Optional.empty());
        } finally {
            service.cleanUp();
        }
    }

    private static void execute(Check check, Service service, Samples samples) {
        switch (check) {
            case SERVICE_PROVIDER_CONFIG -> OtherChecks.serviceProviderConfig(service);
            case SCHEMAS -> OtherChecks.schemas(service);
            case RESOURCE_TYPES -> OtherChecks.resourceTypes(service);
            case USER_CREATE -> UserChecks.create(service, samples);
            case USER_GET -> UserChecks.get(service, samples);
            case USER_REPLACE -> UserChecks.replace(service, samples);
            case USER_DELETE -> UserChecks.delete(service, samples);
            case DUPLICATE_USER_NAME -> UserChecks.duplicateUserName(service, samples);
            case USER_NAME_FILTER_IGNORES_CASE -> QueryChecks.userNameFilterIgnoresCase(service, samples);
            case FILTER_WITHOUT_MATCH -> QueryChecks.filterWithoutMatch(service);
            case FILTER_EQUALS_LOCAL_EVALUATION -> QueryChecks.filterEqualsLocalEvaluation(service, samples);
            case UNKNOWN_ID_IS_404 -> OtherChecks.unknownIdIs404(service);
            case BAD_TOKEN_IS_401 -> OtherChecks.badTokenIs401(service);
            case DISABLED_USER_STILL_VISIBLE -> UserChecks.disabledUserStillVisible(service, samples);
            case PAGING_VISITS_EACH_ONCE -> QueryChecks.pagingVisitsEachOnce(service, samples);
            case PATCH_DEACTIVATE -> PatchChecks.deactivate(service, samples);
            case PATCH_EQUALS_LOCAL_APPLY -> PatchChecks.equalsLocalApply(service, samples);
            case GROUP_LIFECYCLE -> GroupChecks.lifecycle(service, samples);
            case GROUP_MEMBERSHIP -> GroupChecks.membership(service, samples);
            case DUPLICATE_GROUP_NAME -> GroupChecks.duplicateName(service, samples);
            case GROUP_RENAME -> GroupChecks.rename(service, samples);
            case GROUP_EXCLUDED_MEMBERS -> GroupChecks.excludedMembers(service, samples);
        }
    }
}
