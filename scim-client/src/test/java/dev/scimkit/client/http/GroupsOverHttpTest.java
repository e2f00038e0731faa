package dev.scimkit.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.client.NotFoundException;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupsOverHttpTest {

    private final FakeFixture f = new FakeFixture();
    private final ZoomScimClient client = f.client;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void create_get_find_delete_roundTrip() {
        Group created = client.groups().create(Group.builder().displayName("Engineering").build());

        assertThat(created.id()).isNotBlank();
        assertThat(client.groups().get(created.id()).displayName()).isEqualTo("Engineering");
        assertThat(client.groups().findByDisplayName("Engineering")).map(Group::id).contains(created.id());
        assertThat(client.groups().findByDisplayName("Nope")).isEmpty();
        client.groups().delete(created.id());
        assertThatThrownBy(() -> client.groups().get(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void list_andStream_seeAllGroups() throws Exception {
        for (int i = 0; i < 5; i++) {
            client.groups().create(Group.builder().displayName("G" + i).build());
        }
        int existing = f.fake.groups().size();

        assertThat(client.groups().list().stream().count()).isEqualTo(existing);
        assertThat(client.groups().list().count(2).page().resources()).hasSize(2);
        assertThat(client.groups().list().pageAsync().get().resources()).hasSize(existing);
    }
}
