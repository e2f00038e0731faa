package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.FilterSubset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SupportedFiltersTest {

    private final FilterSubset zoom = Dialect.zoom().filters();
    private final FilterSubset rfc = Dialect.rfc7644().filters();

    private boolean zoomAccepts(String resourceType, String text) {
        return SupportedFilters.accepts(zoom, resourceType, SupportedFilters.parse(zoom, text));
    }

    @Test
    void accepts_zoomsThreeLookupsQuotedOrNotWithOrWithoutTheCoreUrn() {
        assertThat(zoomAccepts("User", "userName eq \"a@b.com\"")).isTrue();
        assertThat(zoomAccepts("User", "userName eq a@b.com")).isTrue();
        assertThat(zoomAccepts("User", "USERNAME EQ \"a@b.com\"")).isTrue();
        assertThat(zoomAccepts("User", "externalId eq \"k&KdKr6TLWuxdDtk0hjSzL\"")).isTrue();
        assertThat(zoomAccepts("User", "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"a\"")).isTrue();
        assertThat(zoomAccepts("Group", "displayName eq \"Sales Team\"")).isTrue();
        assertThat(zoomAccepts("Group", "displayName eq Sales")).isTrue();
    }

    @Test
    void accepts_zoomRejectsEverythingElse() {
        assertThat(zoomAccepts("User", "userName sw \"a\"")).isFalse();
        assertThat(zoomAccepts("User", "userName eq \"a\" or userName eq \"b\"")).isFalse();
        assertThat(zoomAccepts("User", "not (userName eq \"a\")")).isFalse();
        assertThat(zoomAccepts("User", "title eq \"x\"")).isFalse();
        assertThat(zoomAccepts("User", "displayName eq \"x\"")).isFalse();
        assertThat(zoomAccepts("User", "userName pr")).isFalse();
        assertThat(zoomAccepts("User", "active eq true")).isFalse();
        assertThat(zoomAccepts("User", "userName eq null")).isFalse();
        assertThat(zoomAccepts("User", "name.givenName eq \"x\"")).isFalse();
        assertThat(zoomAccepts("User", "emails[value eq \"x\"]")).isFalse();
        assertThat(zoomAccepts("User", "urn:ietf:params:scim:schemas:core:2.0:Group:userName eq \"a\"")).isFalse();
        assertThat(zoomAccepts("Group", "userName eq \"a\"")).isFalse();
        assertThat(zoomAccepts("Schema", "userName eq \"a\"")).isFalse();
    }

    @Property
    void accepts_rfc7644AcceptsEveryFilter(@ForAll("filters") Filter filter) {
        assertThat(SupportedFilters.accepts(rfc, "User", filter)).isTrue();
        assertThat(SupportedFilters.acceptedComparison(rfc, "User", filter)).isEmpty();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Filter> filters() {
        return FilterArbitraries.filters();
    }

    @Test
    void acceptedComparison_returnsTheComparisonToAnswerFromAnIndex() {
        Filter filter = SupportedFilters.parse(zoom, "userName eq jill@example.com");
        assertThat(SupportedFilters.acceptedComparison(zoom, "User", filter)).hasValueSatisfying(comparison -> {
            assertThat(comparison.path().name()).isEqualTo("userName");
            assertThat(comparison.value().toString()).isEqualTo("\"jill@example.com\"");
        });
    }

    @Test
    void parse_quotedOnlyUnlessTheSubsetTakesUnquotedValues() {
        assertThatThrownBy(() -> SupportedFilters.parse(rfc, "userName eq a@b.com"))
                .isInstanceOf(FilterParseException.class);
        assertThat(SupportedFilters.parse(zoom, "userName eq a@b.com")).isInstanceOf(Filter.Comparison.class);
    }

    @Test
    void publicMethods_rejectNullNamingTheParameter() {
        Filter filter = Filters.pr("userName");
        assertThatThrownBy(() -> SupportedFilters.parse(null, "x")).hasMessage("subset is null");
        assertThatThrownBy(() -> SupportedFilters.parse(zoom, null)).hasMessage("text is null");
        assertThatThrownBy(() -> SupportedFilters.accepts(zoom, null, filter)).hasMessage("resourceType is null");
        assertThatThrownBy(() -> SupportedFilters.accepts(zoom, "User", null)).hasMessage("filter is null");
        assertThatThrownBy(() -> SupportedFilters.acceptedComparison(null, "User", filter))
                .hasMessage("subset is null");
    }
}
