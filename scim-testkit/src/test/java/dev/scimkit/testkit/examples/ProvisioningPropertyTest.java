package dev.scimkit.testkit.examples;

import static dev.scimkit.testkit.ScimAssertions.assertThat;

import dev.scimkit.core.User;
import dev.scimkit.testkit.ZoomScimFake;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ProvisioningPropertyTest {

    @Property(tries = 50)
    void everyProvisionedUserArrivesIntact(@ForAll User user) throws Exception {
        try (ZoomScimFake fake = ZoomScimFake.start()) {
            String id = new Provisioner(fake.baseUri(), fake.token()).provision(user);

            assertThat(fake.takeRequest()).hasMethod("POST").hasPath("/scim2/Users").hasStatus(201);
            assertThat(User.fromJson(fake.user(id).orElseThrow())).hasUserName(user.userName())
                    .hasPrimaryEmail(user.userName()).hasDisplayName(user.displayName());
        }
    }
}
