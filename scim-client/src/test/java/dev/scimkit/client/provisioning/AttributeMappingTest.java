package dev.scimkit.client.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.filter.FilterParseException;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeMappingTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    @Test
    void toUser_writesPathsTransformsConstantsAndDefaults() {
        AttributeMapping mapping = AttributeMapping.builder()
                .map("mail", "userName", Transform.trim().andThen(Transform.lowerCase()))
                .map("mail", "emails[type eq \"work\"].value", Transform.trim())
                .map("phone", "phoneNumbers[type eq \"work\" and primary eq true].value")
                .join("displayName", " ", "givenName", "middleName", "surname")
                .map("givenName", "name.givenName")
                .map("department", ENTERPRISE + ":department")
                .map("role", "userType", Transform.lookup(Map.of("staff", "Licensed", "contractor", "Basic")))
                .defaultValue("userType", "Basic")
                .constant("locale", "en-US")
                .map("disabled", "active", Transform.not())
                .build();

        JsonObject user = mapping.toUser(SourceRecord.of(Map.of("mail", " Ada@Example.COM", "givenName", "Ada",
                "surname", "Lovelace", "department", "R&D", "role", "STAFF", "disabled", "no", "phone", "+1 555")));

        assertThat(user.getString("userName")).isEqualTo("ada@example.com");
        assertThat(user.getJsonArray("emails").getJsonObject(0))
                .isEqualTo(ScimJson.parseObject("{\"type\":\"work\",\"value\":\"Ada@Example.COM\"}"));
        assertThat(user.getJsonArray("phoneNumbers").getJsonObject(0))
                .isEqualTo(ScimJson.parseObject("{\"type\":\"work\",\"primary\":true,\"value\":\"+1 555\"}"));
        assertThat(user.getString("displayName")).isEqualTo("Ada Lovelace");
        assertThat(user.getJsonObject("name").getString("givenName")).isEqualTo("Ada");
        assertThat(user.getJsonObject(ENTERPRISE).getString("department")).isEqualTo("R&D");
        assertThat(user.getString("userType")).isEqualTo("Licensed");
        assertThat(user.getString("locale")).isEqualTo("en-US");
        assertThat(user.getBoolean("active")).isTrue();
        assertThat(user.getJsonArray("schemas").getString(0)).isEqualTo("urn:ietf:params:scim:schemas:core:2.0:User");
        assertThat(user.getJsonArray("schemas").getString(1)).isEqualTo(ENTERPRISE);

        JsonObject contractor = mapping.toUser(SourceRecord.of(Map.of("mail", "c@x.org", "role", "intern")));
        assertThat(contractor.getString("userType")).as("unknown role falls back to the default").isEqualTo("Basic");
        assertThat(contractor.containsKey("displayName")).isFalse();
        assertThat(contractor.containsKey(ENTERPRISE)).isFalse();
    }

    @Test
    void toUser_twoTargetsInOneElement_shareTheElement() {
        AttributeMapping mapping = AttributeMapping.builder()
                .map("upn", "userName")
                .map("mail", "emails[type eq \"work\"].value")
                .constant("emails[type eq \"work\"].primary", true)
                .build();

        JsonObject user = mapping.toUser(SourceRecord.of(Map.of("upn", "a", "mail", "a@x.org")));

        assertThat(user.getJsonArray("emails")).hasSize(1);
        assertThat(user.getJsonArray("emails").getJsonObject(0).getBoolean("primary")).isTrue();
    }

    @Test
    void toUser_transformRejectsValue_namesTheTarget() {
        AttributeMapping mapping = AttributeMapping.builder().map("upn", "userName")
                .map("enabled", "active", Transform.toBoolean()).build();

        assertThatThrownBy(() -> mapping.toUser(SourceRecord.of(Map.of("upn", "a", "enabled", "maybe"))))
                .isInstanceOf(ScimException.class).hasMessageContaining("'active'").hasMessageContaining("maybe");
    }

    @Test
    void builder_badPath_isInvalidPathWithPosition() {
        assertThatThrownBy(() -> AttributeMapping.builder().map("x", "emails[type eq].value"))
                .isInstanceOf(FilterParseException.class);
        assertThatThrownBy(() -> AttributeMapping.builder().map("x", "emails[type co \"w\"].value"))
                .isInstanceOf(ScimException.class).hasMessageContaining("eq comparisons");
    }

    @Test
    void builder_duplicateTargetOrMissingUserName_failsAtOnce() {
        assertThatThrownBy(() -> AttributeMapping.builder().map("a", "userName").map("b", "USERNAME"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has a rule");
        assertThatThrownBy(() -> AttributeMapping.builder().map("a", "title").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("userName");
        assertThatThrownBy(() -> AttributeMapping.builder().map(" ", "title"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributeMapping.builder().join("title", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void project_keepsOnlyMappedTargetsWithDesiredValues() {
        AttributeMapping mapping = Presets.googleWorkspace();
        JsonObject desired = mapping.toUser(SourceRecord.of(Map.of("primaryEmail", "g@x.org", "givenName", "G")));
        JsonObject zoom = ScimJson.parseObject("{\"id\":\"1\",\"userName\":\"g@x.org\",\"active\":true,\"userType\":\"Basic\","
                + "\"name\":{\"givenName\":\"Old\",\"familyName\":\"F\"},"
                + "\"emails\":[{\"type\":\"work\",\"value\":\"g@x.org\",\"primary\":true}]}");

        assertThat(mapping.project(zoom, desired)).isEqualTo(ScimJson.parseObject("{\"userName\":\"g@x.org\","
                + "\"emails\":[{\"type\":\"work\",\"value\":\"g@x.org\"}],\"name\":{\"givenName\":\"Old\"},\"active\":true}"));
    }

    @Test
    void groupsOf_readsStringOrArray() {
        AttributeMapping mapping = AttributeMapping.builder().map("u", "userName").groups("teams").build();

        assertThat(mapping.groupsOf(SourceRecord.of(Map.of("u", "a", "teams", List.of("A", "B"))))).containsExactly("A", "B");
        assertThat(mapping.groupsOf(SourceRecord.of(Map.of("u", "a", "teams", "A")))).containsExactly("A");
        assertThat(mapping.groupsOf(SourceRecord.of(Map.of("u", "a")))).isEmpty();
        assertThatThrownBy(() -> mapping.groupsOf(SourceRecord.of(Map.of("u", "a", "teams", 3))))
                .isInstanceOf(ScimException.class).hasMessageContaining("teams");
    }

    @Test
    void sourceRecord_unsupportedValue_namesTheAttribute() {
        assertThatThrownBy(() -> SourceRecord.of(Map.of("hired", new Object())))
                .isInstanceOf(ScimException.class).hasMessageContaining("'hired'");
    }
}
