package dev.scimkit.client.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.client.Hint;
import dev.scimkit.client.HintCode;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.core.dialect.ZoomError;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.Fault;
import dev.scimkit.testkit.RequestMatch;
import dev.scimkit.testkit.ZoomScimFake;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Zoom's Basic-cap refusal means the same to {@code hint()} and to the provisioning report, whatever
 * words Zoom uses (its wording is not published): both ask the one classifier of Zoom's error catalogue.
 */
class BasicUserCapAgreementTest {

    @Test
    void sync_basicCapInAnyPhrasing_reportAndHintAgree() {
        for (String detail : List.of("The number of Basic users exceeds 9,999.",
                "Zoom only allows a maximum of 9,999 basic users.", ZoomError.BASIC_USER_CAP.message("9999"))) {
            try (ProvisioningFixture fixture = new ProvisioningFixture(ZoomScimFake.start())) {
                fixture.fake.enqueueFault(RequestMatch.method("POST").path("/scim2/Users"),
                        Fault.status(400).withBody(zoomError(detail)));

                ProvisioningReport report = fixture.provisioner(Presets.googleWorkspace()).build()
                        .sync(List.of(SourceRecord.of(Map.of("primaryEmail", "jill@example.com", "givenName", "Jill",
                                "familyName", "Chill", "department", "Sales"))));

                assertThat(report.failures()).as(detail).singleElement().satisfies(failure -> {
                    assertThat(failure.status()).isEqualTo(OutcomeStatus.BASIC_USER_CAP);
                    assertThat(failure.error()).isInstanceOfSatisfying(ScimClientException.class, error ->
                            assertThat(error.hint().map(Hint::code)).contains(HintCode.BASIC_USER_CAP));
                });
            }
        }
    }

    private static String zoomError(String detail) {
        return ScimJson.write(ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:Error"))
                .add("detail", detail).add("status", 400).build());
    }
}
