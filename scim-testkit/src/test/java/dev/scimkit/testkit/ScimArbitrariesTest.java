package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.Email;
import dev.scimkit.core.Group;
import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.User;
import dev.scimkit.filter.AttributePath;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterParseException;
import dev.scimkit.filter.Patch;
import dev.scimkit.filter.PatchPath;
import jakarta.json.JsonObject;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

class ScimArbitrariesTest {

    private static ZoomScimFake zoom;
    private static ZoomScimFake scim;

    @BeforeContainer
    static void start() {
        zoom = ZoomScimFake.builder().basicUserCap(0).start();
        scim = ZoomScimFake.builder().profile(FakeProfile.SCIM).start();
    }

    @AfterContainer
    static void stop() {
        zoom.close();
        scim.close();
    }

    @Property(tries = 100)
    void users_roundTripThroughJson(@ForAll User user) {
        assertThat(User.fromJson(user.toJson())).isEqualTo(user);
        assertThat(user.userName()).matches("[a-z0-9]+@example\\.com");
        assertThat(user.emails()).first().isEqualTo(Email.of(user.userName(), "work", true));
        assertThat(user.userType()).isIn("Basic", "Licensed", "On-Prem");
    }

    @Property(tries = 60)
    void users_areAcceptedByTheFakeInBothProfiles(@ForAll("users") User user) {
        zoom.reset();
        scim.reset();
        assertThat(zoom.seedUser(user.toJson())).isNotBlank();
        assertThat(scim.seedUser(user.toJson())).isNotBlank();
    }

    @Provide
    Arbitrary<User> users() {
        return ScimArbitraries.users();
    }

    @Property(tries = 100)
    void users_coverOptionalPartsAndNonAsciiNames(@ForAll User user) {
        Statistics.label("enterprise").collect(user.enterpriseUser() != null);
        Statistics.label("zoom").collect(user.zoomUser() != null);
        Statistics.label("active").collect(user.active());
        Statistics.label("non-ascii").collect(!user.displayName().chars().allMatch(c -> c < 128));
        Statistics.label("enterprise").coverage(c -> {
            c.check(true).count(n -> n > 0);
            c.check(false).count(n -> n > 0);
        });
        Statistics.label("active").coverage(c -> c.check(false).count(n -> n > 0));
        Statistics.label("non-ascii").coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("zoom").coverage(c -> c.check(true).count(n -> n > 0));
    }

    @Property(tries = 50)
    void userOptions_restrictWhatIsGenerated(@ForAll("restrictedUsers") User user) {
        assertThat(user.active()).isTrue();
        assertThat(user.enterpriseUser()).isNull();
        assertThat(user.zoomUser()).isNull();
        assertThat(user.displayName()).matches("[A-Za-z ]+");
        assertThat(user.userName()).endsWith("@corp.example.org");
    }

    @Provide
    Arbitrary<User> restrictedUsers() {
        return ScimArbitraries.users().activeOnly().withoutEnterpriseExtension().withoutZoomExtension()
                .asciiNames().userNameDomain("corp.example.org");
    }

    @Example
    void userNameDomain_rejectsWhatIsNotADomain() {
        assertThatThrownBy(() -> ScimArbitraries.users().userNameDomain("no domain"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no domain");
        assertThatThrownBy(() -> ScimArbitraries.users().userNameDomain("localhost"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void options_returnNewArbitrariesAndLeaveTheOriginalUnchanged() {
        UserArbitrary base = ScimArbitraries.users();
        UserArbitrary restricted = base.activeOnly();
        assertThat(restricted).isNotSameAs(base);
        assertThat(base.sampleStream().limit(200).map(User::active)).contains(false);
        assertThat(restricted.sampleStream().limit(200).map(User::active)).containsOnly(true);
    }

    @Property(tries = 60)
    void groups_areAcceptedByTheFakeWithMembersFromExistingUsers(@ForAll("groupsWithMembers") Group group) {
        assertThat(Group.fromJson(group.toJson())).isEqualTo(group);
        assertThat(group.members()).allSatisfy(member -> assertThat(MEMBER_IDS).contains(member.value()));
        scim.reset();
        for (int i = 0; i < MEMBER_IDS.size(); i++) {
            scim.seedUser(ScimArbitraries.users().sample().toBuilder().userName("member" + i + "@example.com")
                    .id(MEMBER_IDS.get(i)).build().toJson());
        }
        String id = scim.seedGroup(group.toJson());
        assertThat(scim.group(id)).isPresent();
    }

    private static final List<String> MEMBER_IDS = List.of("u1abcdef", "u2abcdef", "u3abcdef");

    @Provide
    Arbitrary<Group> groupsWithMembers() {
        return ScimArbitraries.groups().withMembersFrom(MEMBER_IDS);
    }

    @Property(tries = 300)
    void filters_generateEveryOperatorAndConnective(@ForAll Filter filter) {
        List<String> features = FilterFeatures.of(filter);
        features.forEach(feature -> Statistics.collect(feature));
        Statistics.coverage(coverage -> {
            for (ComparisonOperator op : ComparisonOperator.values()) {
                coverage.checkQuery(values -> values.contains(op.token())).count(n -> n > 0);
            }
            for (String connective : List.of("pr", "and", "or", "not", "[]")) {
                coverage.checkQuery(values -> values.contains(connective)).count(n -> n > 0);
            }
        });
    }

    @Property(tries = 200)
    @Domain(ScimDomain.class)
    void filters_printAndParseBackUnderTheDomain(@ForAll Filter filter) {
        assertThat(Filter.parse(filter.toString())).isEqualTo(filter);
    }

    @Property(tries = 100)
    void zoomCompatibleFilters_areSingleEqualityComparisons(@ForAll("zoomFilters") Filter filter) {
        assertThat(filter).isInstanceOf(Filter.Comparison.class);
        Filter.Comparison comparison = (Filter.Comparison) filter;
        assertThat(comparison.op()).isEqualTo(ComparisonOperator.EQ);
        assertThat(comparison.path().name()).isIn("userName", "externalId");
    }

    @Provide
    Arbitrary<Filter> zoomFilters() {
        return ScimArbitraries.filters().zoomCompatible();
    }

    @Property(tries = 200)
    void filtersWithValuesFromResources_matchSomeOfThem(@ForAll("matchingFilters") Filter filter) {
        boolean matches = POPULATION.stream().anyMatch(filter::test);
        Statistics.collect(matches ? "matches" : "no match");
        Statistics.coverage(c -> c.check("matches").percentage(p -> p > 20));
    }

    private static final List<JsonObject> POPULATION = ScimArbitraries.users().withoutZoomExtension()
            .sampleStream().limit(8).map(User::toJson).toList();

    @Provide
    Arbitrary<Filter> matchingFilters() {
        return ScimArbitraries.filters().attributes("userName", "displayName", "name.familyName", "emails.value")
                .maxDepth(0).valuesFrom(POPULATION);
    }

    @Example
    void filterOptions_rejectWhatCannotBeGenerated() {
        assertThatThrownBy(() -> ScimArbitraries.filters().attributes("shoeSize"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shoeSize");
        assertThatThrownBy(() -> ScimArbitraries.filters().maxDepth(9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9");
        assertThatThrownBy(() -> ScimArbitraries.filters().operators())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void malformedFilters_areRejectedByTheParser(@ForAll("malformedFilters") String text) {
        assertThatThrownBy(() -> Filter.parse(text)).isInstanceOf(FilterParseException.class);
    }

    @Provide
    Arbitrary<String> malformedFilters() {
        return ScimArbitraries.malformedFilters();
    }

    @Property(tries = 100)
    void paths_printAndParseBack(@ForAll AttributePath path, @ForAll PatchPath patchPath) {
        assertThat(AttributePath.parse(path.toString())).isEqualTo(path);
        assertThat(PatchPath.parse(patchPath.toString())).isEqualTo(patchPath);
    }

    @Property(tries = 100)
    void malformedPaths_areRejectedAsPaths(@ForAll("malformedPaths") String text) {
        assertThatThrownBy(() -> AttributePath.parse(text)).isInstanceOf(FilterParseException.class);
        assertThatThrownBy(() -> PatchPath.parse(text)).isInstanceOf(FilterParseException.class);
    }

    @Provide
    Arbitrary<String> malformedPaths() {
        return ScimArbitraries.malformedPaths();
    }

    @Property(tries = 100)
    void malformedUsers_areRejectedWith400(@ForAll("malformedUsers") JsonObject body) {
        scim.reset();
        assertThatThrownBy(() -> scim.seedUser(body)).isInstanceOfSatisfying(ScimException.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }

    @Provide
    Arbitrary<JsonObject> malformedUsers() {
        return ScimArbitraries.malformedUsers();
    }

    @Property(tries = 60)
    void malformedGroups_areRejectedWith400(@ForAll("malformedGroups") JsonObject body) {
        scim.reset();
        assertThatThrownBy(() -> scim.seedGroup(body)).isInstanceOfSatisfying(ScimException.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }

    @Provide
    Arbitrary<JsonObject> malformedGroups() {
        return ScimArbitraries.malformedGroups();
    }

    @Property(tries = 100)
    void patchRequests_roundTripAndHaveParseablePaths(@ForAll PatchRequest request) {
        assertThat(PatchRequest.fromJson(request.toJson())).isEqualTo(request);
        assertThat(request.operations()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        request.operations().stream().filter(op -> op.path() != null)
                .forEach(op -> assertThat(PatchPath.parse(op.path())).isNotNull());
    }

    @Property(tries = 200)
    void patchRequestsForAUser_applyToItUnderStrictRfc7644(
            @ForAll("userAndPatch") Tuple.Tuple2<User, PatchRequest> pair) {
        JsonObject user = pair.get1().toJson();
        JsonObject patched = Patch.apply(user, pair.get2(), Patch.Options.strict());
        assertThat(patched).isNotNull();
        pair.get2().operations().forEach(op -> Statistics.collect(op.op()));
        Statistics.coverage(c -> {
            for (PatchOperation.Op op : PatchOperation.Op.values()) {
                c.check(op).count(n -> n > 0);
            }
        });
    }

    @Provide
    Arbitrary<Tuple.Tuple2<User, PatchRequest>> userAndPatch() {
        return ScimArbitraries.users().flatMap(user -> ScimArbitraries.patchRequests().forUser(user)
                .map(request -> Tuple.of(user, request)));
    }

    @Property(tries = 100)
    void zoomCompatiblePatchRequests_onlyReplace(@ForAll("zoomPatches") PatchRequest request) {
        assertThat(request.operations()).allSatisfy(op -> assertThat(op.op()).isEqualTo(PatchOperation.Op.REPLACE));
    }

    @Provide
    Arbitrary<PatchRequest> zoomPatches() {
        return ScimArbitraries.patchRequests().zoomCompatible().maxOperations(5);
    }

    @Property(tries = 100)
    void malformedPatchRequests_failToReadOrHaveABadPath(@ForAll("malformedPatches") JsonObject body) {
        assertThatThrownBy(() -> {
            PatchRequest request = PatchRequest.fromJson(body);
            request.operations().forEach(op -> {
                if (op.path() == null) {
                    throw new ScimException(400, ScimException.INVALID_PATH, "path missing");
                }
                PatchPath.parse(op.path());
            });
        }).isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Provide
    Arbitrary<JsonObject> malformedPatches() {
        return ScimArbitraries.malformedPatchRequests();
    }

    @Example
    void patchOptions_rejectOutOfRange() {
        assertThatThrownBy(() -> ScimArbitraries.patchRequests().maxOperations(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}
