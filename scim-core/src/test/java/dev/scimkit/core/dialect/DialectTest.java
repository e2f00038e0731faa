package dev.scimkit.core.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.schema.AttributeReference;
import dev.scimkit.core.schema.SchemaRegistry;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Pins each dialect fact to its source in zoom-scim-facts.md (§ numbers in the assertions' descriptions). */
class DialectTest {

    private final Dialect zoom = Dialect.zoom();
    private final Dialect rfc = Dialect.rfc7644();

    @Test
    void zoom_servesTheElevenDocumentedOperations() {
        assertThat(zoom.operations()).as("§1: 11 operations, no PUT /Groups, no search, no discovery")
                .hasSize(11)
                .doesNotContain(ScimOperation.REPLACE_GROUP, ScimOperation.SEARCH, ScimOperation.DISCOVERY);
        assertThat(rfc.operations()).isEqualTo(EnumSet.allOf(ScimOperation.class));
        assertThat(zoom.supports(ScimOperation.PATCH_GROUP)).isTrue();
        assertThat(zoom.supports(ScimOperation.REPLACE_GROUP)).isFalse();
    }

    @Test
    void rateCategory_listsAreMediumEverythingElseLight() {
        for (ScimOperation operation : ScimOperation.values()) {
            boolean list = operation == ScimOperation.LIST_USERS || operation == ScimOperation.LIST_GROUPS
                    || operation == ScimOperation.SEARCH;
            assertThat(zoom.rateCategory(operation)).as(operation.name())
                    .isEqualTo(list ? RateCategory.MEDIUM : RateCategory.LIGHT);
            assertThat(rfc.rateCategory(operation)).as(operation.name()).isEqualTo(zoom.rateCategory(operation));
        }
    }

    @Test
    void rateCategory_documentedOnlyWhereZoomLabelsTheOperation() {
        assertThat(EnumSet.allOf(ScimOperation.class).stream().filter(zoom::rateCategoryDocumented))
                .as("§1 table: QX labels the five user operations but create, ZD labels list groups")
                .containsExactlyInAnyOrder(ScimOperation.LIST_USERS, ScimOperation.GET_USER, ScimOperation.REPLACE_USER,
                        ScimOperation.PATCH_USER, ScimOperation.DELETE_USER, ScimOperation.LIST_GROUPS);
        assertThat(rfc.rateCategoryDocumented(ScimOperation.LIST_USERS)).isFalse();
    }

    @Test
    void requestsPerSecond_zoomsPublishedTable() {
        assertThat(zoom.requestsPerSecond(AccountPlan.PRO, RateCategory.LIGHT)).hasValue(30);
        assertThat(zoom.requestsPerSecond(AccountPlan.PRO, RateCategory.MEDIUM)).hasValue(20);
        assertThat(zoom.requestsPerSecond(AccountPlan.BUSINESS, RateCategory.LIGHT)).hasValue(80);
        assertThat(zoom.requestsPerSecond(AccountPlan.BUSINESS, RateCategory.MEDIUM)).hasValue(60);
        assertThat(rfc.requestsPerSecond(AccountPlan.PRO, RateCategory.LIGHT)).isEmpty();
    }

    @Test
    void filters_zoomAcceptsThreeEqualityLookupsQuotedOrNot() {
        FilterSubset filters = zoom.filters();
        assertThat(filters.acceptsAll()).isFalse();
        assertThat(filters.unquotedValues()).isTrue();
        assertThat(filters.describe("User")).isEqualTo("userName eq, externalId eq");
        assertThat(filters.describe("group")).isEqualTo("displayName eq");
        assertThat(filters.comparisons("Schema")).isEmpty();
        assertThat(rfc.filters().acceptsAll()).isTrue();
        assertThat(rfc.filters().unquotedValues()).isFalse();
        assertThat(rfc.filters().describe("User")).isEqualTo("any");
    }

    @Test
    void requestShapes_zoomDiffersFromRfc7644OnEachDocumentedPoint() {
        assertThat(zoom.exactOperationsKey()).as("§4 DF-100447").isTrue();
        assertThat(zoom.groupPatchNoContent()).as("§4 group PATCH 204").isTrue();
        assertThat(zoom.replaceMerges()).as("§4 PUT is partial").isTrue();
        assertThat(zoom.replaceIgnores()).as("§4 DF-6248").containsExactly(AttributeReference.of("userName"),
                AttributeReference.of("displayName"), new AttributeReference(SchemaRegistry.ZOOM_USER, "loginType", null));
        assertThat(zoom.listOmits()).as("§2.1 DF-111286").contains(AttributeReference.of(SchemaRegistry.ZOOM_USER_LICENSE),
                new AttributeReference(SchemaRegistry.ENTERPRISE_USER, "costCenter", null));
        assertThat(zoom.neverReturned()).extracting(AttributeReference::name)
                .containsExactly("zoomPhoneExtNumber", "zoomPhoneSite", "zoomPhoneCallingPlan", "zoomPhoneNumber");
        assertThat(zoom.groupPatchMaxChars()).as("§4 ≤100,000 characters").isEqualTo(OptionalInt.of(100_000));
        assertThat(zoom.basicUserCap()).as("§7 MS: 9,999").isEqualTo(OptionalInt.of(9_999));
        assertThat(zoom.mediaType()).isEqualTo("application/json");
        assertThat(zoom.numericErrorStatus()).as("§5").isTrue();
        assertThat(zoom.newUserDefaults().getString("userType")).isEqualTo("Basic");

        assertThat(List.of(rfc.exactOperationsKey(), rfc.groupPatchNoContent(), rfc.replaceMerges(), rfc.derivesSchemas(),
                rfc.lenientRequests(), rfc.canonicalValuesEnforced(), rfc.numericErrorStatus(), rfc.externalIdMatchesId(),
                rfc.displayNameFromName())).containsOnly(false);
        assertThat(List.of(rfc.sorting(), rfc.attributeSelection(), rfc.etags(), rfc.groupMembersReturned()))
                .containsOnly(true);
        assertThat(rfc.replaceIgnores()).isEmpty();
        assertThat(rfc.listOmits()).isEmpty();
        assertThat(rfc.newUserDefaults()).isEmpty();
        assertThat(rfc.groupPatchMaxChars()).isEmpty();
        assertThat(rfc.mediaType()).isEqualTo("application/scim+json");
    }

    @Test
    void paging_defaultTenMaximumHundred() {
        assertThat(zoom.defaultPageSize()).isEqualTo(10);
        assertThat(zoom.maxPageSize()).isEqualTo(100);
        assertThat(rfc.defaultPageSize()).isLessThanOrEqualTo(rfc.maxPageSize());
    }

    @Test
    void scimOperation_findsByMethodEndpointAndId() {
        assertThat(ScimOperation.of("post", "users", false)).contains(ScimOperation.CREATE_USER);
        assertThat(ScimOperation.of("GET", "Groups", true)).contains(ScimOperation.GET_GROUP);
        assertThat(ScimOperation.of("GET", "Groups", false)).contains(ScimOperation.LIST_GROUPS);
        assertThat(ScimOperation.of("POST", "Users", true)).isEmpty();
        assertThat(ScimOperation.of("POST", ".search", false)).isEmpty();
        assertThat(ScimOperation.of("GET", "Schemas", false)).isEmpty();
        for (ScimOperation operation : ScimOperation.values()) {
            if (operation.endpoint() != null && operation != ScimOperation.SEARCH) {
                assertThat(ScimOperation.of(operation.method(), operation.endpoint(), operation.byId())).contains(operation);
            }
        }
    }

    @Test
    void publicMethods_rejectNullNamingTheParameter() {
        assertThatThrownBy(() -> zoom.supports(null)).hasMessage("operation is null");
        assertThatThrownBy(() -> zoom.rateCategory(null)).hasMessage("operation is null");
        assertThatThrownBy(() -> zoom.requestsPerSecond(null, RateCategory.LIGHT)).hasMessage("plan is null");
        assertThatThrownBy(() -> zoom.filters().comparisons(null)).hasMessage("resourceType is null");
        assertThatThrownBy(() -> ScimOperation.of(null, "Users", false)).hasMessage("method is null");
    }
}
