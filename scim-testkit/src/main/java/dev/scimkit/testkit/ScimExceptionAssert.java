package dev.scimkit.testkit;

import dev.scimkit.core.ScimException;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link ScimException}; obtain them from
 * {@link ScimAssertions#assertThat(ScimException)}:
 * {@code assertThat(e).hasStatus(409).hasScimType("uniqueness")}.
 */
public final class ScimExceptionAssert extends AbstractAssert<ScimExceptionAssert, ScimException> {

    /** @param actual the exception to check */
    public ScimExceptionAssert(ScimException actual) {
        super(actual, ScimExceptionAssert.class);
    }

    /**
     * @param expected the HTTP status
     * @return this
     */
    public ScimExceptionAssert hasStatus(int expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("Expected SCIM error to have status <%s> but was <%s> (detail: %s)", expected,
                    actual.status(), actual.detail());
        }
        return this;
    }

    /**
     * @param expected the scimType, e.g. {@code uniqueness}
     * @return this
     */
    public ScimExceptionAssert hasScimType(String expected) {
        isNotNull();
        if (!Objects.equals(actual.scimType(), expected)) {
            failWithMessage("Expected SCIM error to have scimType <%s> but was <%s> (detail: %s)", expected,
                    actual.scimType(), actual.detail());
        }
        return this;
    }

    /** @return this, if the error has no scimType */
    public ScimExceptionAssert hasNoScimType() {
        return hasScimType(null);
    }

    /**
     * @param expected text the detail must contain
     * @return this
     */
    public ScimExceptionAssert hasDetailContaining(String expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected is null");
        if (actual.detail() == null || !actual.detail().contains(expected)) {
            failWithMessage("Expected SCIM error detail to contain <%s> but was <%s>", expected, actual.detail());
        }
        return this;
    }
}
