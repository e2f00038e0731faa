package dev.scimkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZoomTypedAttributesTest {

    @ParameterizedTest
    @CsvSource({"Basic, BASIC", "basic, BASIC", "LICENSED, LICENSED", "On-Prem, ON_PREM", "on-prem, ON_PREM"})
    void licenseTypeOf_acceptedValues_ignoringCase(String userType, ZoomLicenseType expected) {
        assertThat(ZoomLicenseType.of(userType)).isEqualTo(expected);
        assertThat(ZoomLicenseType.find(userType)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pro", "Corp", "Collaboration", "None", "OnPrem", ""})
    void licenseTypeOf_valuesZoomRejects_invalidValueNamingUserType(String userType) {
        assertThat(ZoomLicenseType.find(userType)).isEmpty();
        assertThatThrownBy(() -> ZoomLicenseType.of(userType)).isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.scimType()).isEqualTo(ScimException.INVALID_VALUE);
            assertThat(e.detail()).startsWith("userType:").contains("Basic, Licensed, On-Prem");
        });
    }

    @Test
    void userBuilderLicenseType_setsZoomsUserTypeValue_andReadsBack() {
        User user = User.builder().userName("a@example.com").licenseType(ZoomLicenseType.ON_PREM).build();

        assertThat(user.userType()).isEqualTo("On-Prem");
        assertThat(user.toJson().getString("userType")).isEqualTo("On-Prem");
        assertThat(User.fromJson(user.toJson()).licenseType()).contains(ZoomLicenseType.ON_PREM);
        assertThat(User.builder().userName("b").userType("Pro").build().licenseType()).isEmpty();
        assertThat(User.builder().userName("b").build().licenseType()).isEmpty();
    }

    @Test
    void phoneBuilder_documentedFormats_areKept() {
        ZoomPhone phone = ZoomPhone.builder().extensionNumber("1234").site("Main Office").callingPlan("3000")
                .phoneNumber("+1 (415) 555-0123").build();

        assertThat(phone.extensionNumber()).isEqualTo("1234");
        assertThat(phone.site()).isEqualTo("Main Office");
        assertThat(phone.callingPlan()).isEqualTo("3000");
        assertThat(phone.phoneNumber()).isEqualTo("+14155550123");
        assertThat(phone.autoAssignsExtension()).isFalse();
        assertThat(ZoomPhone.builder().autoAssignExtension().build().autoAssignsExtension()).isTrue();
        assertThat(ZoomPhone.builder().extensionNumber("0").build().extension()).contains("0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ext|12a|zoomPhoneExtNumber", "ext|-1|zoomPhoneExtNumber", "ext|1234567890123456|zoomPhoneExtNumber",
            "plan|Pro|zoomPhoneCallingPlan", "plan|30.0|zoomPhoneCallingPlan",
            "number|4155550123|zoomPhoneNumber", "number|+1415abc0123|zoomPhoneNumber", "number|+12345|zoomPhoneNumber",
            "number|+0415550123|zoomPhoneNumber", "site|'  '|zoomPhoneSite"})
    void phoneBuilder_badFormat_invalidValueNamingAttribute(String field, String value, String attribute) {
        ZoomPhone.Builder builder = ZoomPhone.builder();
        Runnable set = switch (field) {
            case "ext" -> () -> builder.extensionNumber(value);
            case "plan" -> () -> builder.callingPlan(value);
            case "number" -> () -> builder.phoneNumber(value);
            default -> () -> builder.site(value);
        };
        assertThatThrownBy(set::run).isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.scimType()).isEqualTo(ScimException.INVALID_VALUE);
            assertThat(e.detail()).startsWith(attribute + ":");
        });
    }

    @Test
    void licenseWithPhoneAndFlags_writesStrings_keepsUnknownFields() {
        JsonObject sent = ScimJson.builders().createObjectBuilder()
                .add("zoomFutureProduct", "Plus").add("pronouns", "she/her").build();
        ZoomUserLicense license = new ZoomUserLicense(sent)
                .with(ZoomLicenseFlag.ZOOM_WHITEBOARD, true)
                .with(ZoomLicenseFlag.ZOOM_HUDDLES, false)
                .withPhone(ZoomPhone.builder().autoAssignExtension().site("HQ").callingPlan("3000").build());

        assertThat(license.attributes().getString("zoomPhoneExtNumber")).isEqualTo("0");
        assertThat(license.attributes().getString("zoomPhoneSite")).isEqualTo("HQ");
        assertThat(license.attributes().getString("zoomPhoneCallingPlan")).isEqualTo("3000");
        assertThat(license.attributes().containsKey("zoomPhoneNumber")).isFalse();
        assertThat(license.flag(ZoomLicenseFlag.ZOOM_WHITEBOARD)).contains(true);
        assertThat(license.flag(ZoomLicenseFlag.ZOOM_HUDDLES)).contains(false);
        assertThat(license.flag(ZoomLicenseFlag.ZOOM_IQ)).isEmpty();
        assertThat(license.string("zoomFutureProduct")).contains("Plus");
        assertThat(license.phone()).contains(new ZoomPhone("0", "HQ", "3000", null));

        User user = User.builder().userName("a@example.com").zoomUserLicense(license).build();
        User back = User.fromJson(user.toJson());
        assertThat(back.zoomUserLicense()).isEqualTo(license);
        assertThat(user.toJson().getJsonObject(SchemaRegistry.ZOOM_USER_LICENSE).getString("zoomFutureProduct"))
                .isEqualTo("Plus");
    }

    @Test
    void licensePhone_absentOrNumericExtension() {
        assertThat(ZoomUserLicense.empty().phone()).isEmpty();
        JsonObject numeric = ScimJson.builders().createObjectBuilder().add("zoomPhoneExtNumber", 0).build();
        assertThat(new ZoomUserLicense(numeric).phone()).hasValueSatisfying(p -> assertThat(p.autoAssignsExtension()).isTrue());
        assertThat(new ZoomUserLicense(ScimJson.builders().createObjectBuilder().add("zoomUnited", "Business Plus")
                .add("zoomOneBizPlus", "US").build())).satisfies(l -> {
                    assertThat(l.zoomUnited()).contains("Business Plus");
                    assertThat(l.zoomOneBizPlus()).contains("US");
                });
    }
}
