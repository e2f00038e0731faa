package dev.scimkit.testkit;

import dev.scimkit.core.ListResponse;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * AssertJ assertions on a {@link ListResponse}; obtain them from
 * {@link ScimAssertions#assertThat(ListResponse)}. {@link #resources()} continues with AssertJ's list
 * assertions on the page's resources.
 */
public final class ListResponseAssert extends AbstractAssert<ListResponseAssert, ListResponse<?>> {

    /** @param actual the list response to check */
    public ListResponseAssert(ListResponse<?> actual) {
        super(actual, ListResponseAssert.class);
    }

    /**
     * @param expected {@code totalResults}
     * @return this
     */
    public ListResponseAssert hasTotalResults(int expected) {
        isNotNull();
        if (actual.totalResults().isEmpty() || actual.totalResults().getAsInt() != expected) {
            failWithMessage("Expected list response to have totalResults <%s> but was <%s>", expected,
                    actual.totalResults().isPresent() ? actual.totalResults().getAsInt() : "absent");
        }
        return this;
    }

    /**
     * @param expected {@code startIndex}
     * @return this
     */
    public ListResponseAssert hasStartIndex(int expected) {
        isNotNull();
        if (actual.startIndex() != expected) {
            failWithMessage("Expected list response to have startIndex <%s> but was <%s>", expected,
                    actual.startIndex());
        }
        return this;
    }

    /**
     * @param expected {@code itemsPerPage}
     * @return this
     */
    public ListResponseAssert hasItemsPerPage(int expected) {
        isNotNull();
        if (actual.itemsPerPage() != expected) {
            failWithMessage("Expected list response to have itemsPerPage <%s> but was <%s>", expected,
                    actual.itemsPerPage());
        }
        return this;
    }

    /**
     * @param expected how many resources this page holds
     * @return this
     */
    public ListResponseAssert hasResourceCount(int expected) {
        isNotNull();
        if (actual.resources().size() != expected) {
            failWithMessage("Expected list response to hold <%s> resources but held <%s>", expected,
                    actual.resources().size());
        }
        return this;
    }

    /** @return this, if the page holds no resources */
    public ListResponseAssert hasNoResources() {
        return hasResourceCount(0);
    }

    /** @return AssertJ list assertions on the page's resources */
    public ListAssert<Object> resources() {
        isNotNull();
        return Assertions.assertThat(List.<Object>copyOf(actual.resources()));
    }
}
