package dev.scimkit.core.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ZoomErrorTest {

    @Test
    void classify_everyCataloguedMessage_isItsOwnCode() {
        for (ZoomError error : ZoomError.values()) {
            String[] values = error.placeholders().stream().map(name -> "x" + name + "1").toArray(String[]::new);
            String message = error.message(values);
            assertThat(ZoomError.classify(error.status(), message)).as(message).contains(error);
            assertThat(error.match(message)).as(message).isPresent();
        }
    }

    @Property
    void classify_templateWithAnyValues_isItsOwnCode(@ForAll("errors") ZoomError error,
                                                     @ForAll("values") String value) {
        String[] values = error.placeholders().stream().map(name -> value).toArray(String[]::new);
        assertThat(ZoomError.classify(error.exception(values))).contains(error);
    }

    @Provide
    Arbitrary<ZoomError> errors() {
        return Arbitraries.of(ZoomError.class);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(30)
                .filter(text -> !text.isBlank());
    }

    @Test
    void classify_ignoresCaseAndAFinalPeriod() {
        assertThat(ZoomError.classify(400, "account has not enabled single sign-on")).contains(ZoomError.SSO_NOT_ENABLED);
        assertThat(ZoomError.classify(404, "Group does not exist")).contains(ZoomError.GROUP_NOT_FOUND);
        assertThat(ZoomError.classify(404, "User does not exist: k&KdKr6TLWuxdDtk0hjSzL."))
                .contains(ZoomError.USER_NOT_FOUND);
    }

    @Test
    void classify_basicUserCap_acceptsThePhrasingsSeenAndTheFakes() {
        for (String detail : new String[] {"Zoom only allows a maximum of 9,999 basic users.",
                "The number of Basic users exceeds 9999.", "Basic user limit reached",
                "You have reached the maximum number of basic users", "Basic users exceeded the cap",
                ZoomError.BASIC_USER_CAP.message("9999")}) {
            assertThat(ZoomError.classify(400, detail)).as(detail).contains(ZoomError.BASIC_USER_CAP);
        }
        assertThat(ZoomError.classify(400, "Basic users may not have a webinar licence")).isEmpty();
        assertThat(ZoomError.classify(409, "Zoom only allows a maximum of 9,999 basic users.")).isEmpty();
    }

    @Test
    void classify_userTypeMentioned_isInvalidUserTypeUnlessTheBasicCapMessage() {
        assertThat(ZoomError.classify(400, "Invalid userType \"Collaboration\"")).contains(ZoomError.INVALID_USER_TYPE);
        assertThat(ZoomError.classify(400, "userType must be a string but is 5")).contains(ZoomError.INVALID_USER_TYPE);
        assertThat(ZoomError.classify(400, ZoomError.BASIC_USER_CAP.message("2"))).contains(ZoomError.BASIC_USER_CAP);
    }

    @Test
    void classify_statusWithUnknownMessage_claimedOnlyFor401_403_429() {
        assertThat(ZoomError.classify(401, "Token is not valid")).contains(ZoomError.INVALID_TOKEN);
        assertThat(ZoomError.classify(401, "Access token is expired.")).contains(ZoomError.EXPIRED_TOKEN);
        assertThat(ZoomError.classify(403, "Forbidden")).contains(ZoomError.INSUFFICIENT_PERMISSIONS);
        assertThat(ZoomError.classify(429, null)).contains(ZoomError.RATE_LIMITED);
        assertThat(ZoomError.classify(400, "Something else")).isEmpty();
        assertThat(ZoomError.classify(404, "Not here")).isEmpty();
        assertThat(ZoomError.classify(409, "Conflict")).isEmpty();
        assertThat(ZoomError.classify(500, "Group does not exist.")).isEmpty();
    }

    @Test
    void classify_fromAResponseBody_zoomAndRestShapes() {
        ScimException scim = ScimException.fromJson(ScimJson.parseObject(
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],"
                        + "\"detail\":\"User a@b.c not exist or not belong to this account.\",\"status\":400}"), 400);
        assertThat(ZoomError.classify(scim)).contains(ZoomError.PENDING_USER);
        ScimException rest = ScimException.fromJson(ScimJson.parseObject(
                "{\"code\":124,\"message\":\"Access token is expired.\"}"), 401);
        assertThat(ZoomError.classify(rest)).contains(ZoomError.EXPIRED_TOKEN);
    }

    @Test
    void match_readsThePlaceholderValues() {
        assertThat(ZoomError.PENDING_USER.match("User jill@example.com not exist or not belong to this account."))
                .contains(Map.of("userName", "jill@example.com"));
        assertThat(ZoomError.INSUFFICIENT_PERMISSIONS.match(
                "The request was denied due to insufficient permissions: \"Group:Edit\""))
                .contains(Map.of("permission", "Group:Edit"));
        assertThat(ZoomError.PENDING_USER.match("Group does not exist.")).isEmpty();
    }

    @Test
    void message_fillsPlaceholdersInOrderAndChecksTheirNumber() {
        assertThat(ZoomError.UNSUPPORTED_FILTER.message("title eq x", "userName eq"))
                .isEqualTo("Invalid filter: 'title eq x'. Only userName eq filters are supported.");
        assertThat(ZoomError.SSO_NOT_ENABLED.placeholders()).isEmpty();
        assertThatThrownBy(() -> ZoomError.PENDING_USER.message()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PENDING_USER takes 1 values [userName] but got 0");
        ScimException e = ZoomError.USER_EXISTS.exception("jill");
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.scimType()).isEqualTo(ScimException.UNIQUENESS);
    }

    @Test
    void documented_onlyMessagesZoomPublished() {
        assertThat(ZoomError.SSO_NOT_ENABLED.documented()).isTrue();
        assertThat(ZoomError.NO_OPERATIONS.documented()).isTrue();
        assertThat(ZoomError.BASIC_USER_CAP.documented()).isFalse();
        assertThat(ZoomError.USER_EXISTS.documented()).isFalse();
    }
}
