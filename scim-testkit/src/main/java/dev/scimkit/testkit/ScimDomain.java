package dev.scimkit.testkit;

import dev.scimkit.core.Group;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.User;
import dev.scimkit.filter.AttributePath;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.PatchPath;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The SCIM domain for jqwik: with {@code @Domain(ScimDomain.class)} on a property or container,
 * {@code @ForAll} parameters of type {@link User}, {@link Group}, {@link Filter}, {@link PatchRequest},
 * {@link AttributePath} and {@link PatchPath} get {@link ScimArbitraries}' defaults, and only those
 * types (plus other domains named) are generated.
 *
 * <pre>{@code
 * @Property
 * @Domain(ScimDomain.class)
 * void filtersPrintAndParseBack(@ForAll Filter filter) {
 *     assertThat(Filter.parse(filter.toString())).isEqualTo(filter);
 * }
 * }</pre>
 */
public class ScimDomain extends DomainContextBase {

    /** Creates the domain; jqwik instantiates it from {@code @Domain(ScimDomain.class)}. */
    public ScimDomain() {
    }

    @Provide
    Arbitrary<User> users() {
        return ScimArbitraries.users();
    }

    @Provide
    Arbitrary<Group> groups() {
        return ScimArbitraries.groups();
    }

    @Provide
    Arbitrary<Filter> filters() {
        return ScimArbitraries.filters();
    }

    @Provide
    Arbitrary<PatchRequest> patchRequests() {
        return ScimArbitraries.patchRequests();
    }

    @Provide
    Arbitrary<AttributePath> attributePaths() {
        return ScimArbitraries.attributePaths();
    }

    @Provide
    Arbitrary<PatchPath> patchPaths() {
        return ScimArbitraries.patchPaths();
    }
}
