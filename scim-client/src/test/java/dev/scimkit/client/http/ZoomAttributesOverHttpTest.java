package dev.scimkit.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.testkit.ManualClock;
import dev.scimkit.core.User;
import dev.scimkit.core.ZoomLicenseFlag;
import dev.scimkit.core.ZoomLicenseType;
import dev.scimkit.core.ZoomPhone;
import dev.scimkit.core.ZoomUserLicense;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.testkit.RecordedRequest;
import dev.scimkit.testkit.ZoomScimFake;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Typed licence and Zoom Phone attributes through the fake: create accepts phone fields, GET omits them. */
class ZoomAttributesOverHttpTest {

    private final FakeFixture f = new FakeFixture(ZoomScimFake.start(), ManualClock.at(Instant.parse("2026-01-01T00:00:00Z")));

    @AfterEach
    void close() {
        f.close();
    }

    private static User jill() {
        ZoomUserLicense license = ZoomUserLicense.empty()
                .with(ZoomLicenseFlag.ZOOM_WHITEBOARD, true)
                .with(ZoomLicenseFlag.ZOOM_HUDDLES, false)
                .with("zoomUnited", "Business Plus")
                .with("zoomFutureAddOn", "Gold")
                .withPhone(ZoomPhone.builder().autoAssignExtension().site("Main Office").callingPlan("3000")
                        .phoneNumber("+1 415 555 0123").build());
        return User.builder().userName("jill@example.com").licenseType(ZoomLicenseType.LICENSED)
                .zoomUserLicense(license).build();
    }

    @Test
    void create_sendsPhoneFields_fakeStoresThem_responseAndGetOmitThem() {
        User created = f.client.users().create(jill());

        RecordedRequest post = f.taken(1).get(0);
        JsonObject sent = ScimJson.parseObject(post.body()).getJsonObject(SchemaRegistry.ZOOM_USER_LICENSE);
        assertThat(sent.getString("zoomPhoneExtNumber")).isEqualTo("0");
        assertThat(sent.getString("zoomPhoneSite")).isEqualTo("Main Office");
        assertThat(sent.getString("zoomPhoneCallingPlan")).isEqualTo("3000");
        assertThat(sent.getString("zoomPhoneNumber")).isEqualTo("+14155550123");
        JsonObject stored = f.fake.user(created.id()).orElseThrow().getJsonObject(SchemaRegistry.ZOOM_USER_LICENSE);
        assertThat(stored.getString("zoomPhoneNumber")).isEqualTo("+14155550123");

        User fetched = f.client.users().get(created.id());

        assertThat(created.zoomUserLicense().phone()).isEmpty();
        assertThat(fetched.zoomUserLicense().phone()).isEmpty();
        assertThat(fetched.zoomUserLicense().attributes().keySet()).noneMatch(key -> key.startsWith("zoomPhone"));
    }

    @Test
    void create_licenceFieldsAndType_roundTripThroughGet_unknownFieldKept() {
        User created = f.client.users().create(jill());

        User fetched = f.client.users().get(created.id());

        assertThat(fetched.licenseType()).contains(ZoomLicenseType.LICENSED);
        assertThat(fetched.userType()).isEqualTo("Licensed");
        ZoomUserLicense license = fetched.zoomUserLicense();
        assertThat(license.flag(ZoomLicenseFlag.ZOOM_WHITEBOARD)).contains(true);
        assertThat(license.flag(ZoomLicenseFlag.ZOOM_HUDDLES)).contains(false);
        assertThat(license.zoomUnited()).contains("Business Plus");
        assertThat(license.string("zoomFutureAddOn")).contains("Gold");
    }

    @Test
    void list_omitsLicenceExtensionAndPhoneFields_asZoomDoes() {
        f.client.users().create(jill());

        User listed = f.client.users().list().page().resources().get(0);

        assertThat(listed.licenseType()).contains(ZoomLicenseType.LICENSED);
        assertThat(listed.zoomUserLicense()).isNull();
        assertThat(listed.toJson().containsKey(SchemaRegistry.ZOOM_USER_LICENSE)).isFalse();
    }
}
