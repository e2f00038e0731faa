package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 7644 §3.4.2.3 sorting. */
class SortComparatorTest {

    private static final ResourceType USER = SchemaRegistry.defaults().resourceType("User").orElseThrow();

    private static JsonObject user(String id, String json) {
        return ScimJson.parseObject("{\"id\":\"" + id + "\"" + (json.isEmpty() ? "" : "," + json) + "}");
    }

    private static List<String> ids(List<JsonObject> users) {
        return users.stream().map(u -> ((JsonString) u.get("id")).getString()).toList();
    }

    private static List<String> sorted(SortComparator comparator, JsonObject... users) {
        List<JsonObject> list = new ArrayList<>(List.of(users));
        list.sort(comparator);
        return ids(list);
    }

    @Test
    void compare_userNameIgnoresCase_missingLast() {
        assertThat(sorted(SortComparator.of("userName", null, USER),
                user("1", "\"userName\":\"carol\""), user("2", ""), user("3", "\"userName\":\"Alice\""),
                user("4", "\"userName\":\"bob\""), user("5", "\"userName\":\"\"")))
                .containsExactly("3", "4", "1", "2", "5");
    }

    @Test
    void compare_descending_reversesIncludingMissing() {
        assertThat(sorted(SortComparator.of("userName", "DESCENDING", USER),
                user("1", "\"userName\":\"carol\""), user("2", ""), user("3", "\"userName\":\"Alice\"")))
                .containsExactly("2", "1", "3");
    }

    @Test
    void compare_caseExactAttribute_ordersByCodePoint() {
        assertThat(sorted(SortComparator.of("externalId", "ascending", USER),
                user("1", "\"externalId\":\"b\""), user("2", "\"externalId\":\"B\""), user("3", "\"externalId\":\"a\"")))
                .containsExactly("2", "3", "1");
    }

    @Test
    void compare_multiValued_usesPrimaryElseFirst() {
        assertThat(sorted(SortComparator.of("emails", null, USER),
                user("1", "\"emails\":[{\"value\":\"a@x\"},{\"value\":\"z@x\",\"primary\":true}]"),
                user("2", "\"emails\":[{\"value\":\"m@x\"},{\"value\":\"b@x\"}]"),
                user("3", "\"emails\":[]")))
                .containsExactly("2", "1", "3");
        assertThat(sorted(SortComparator.of("emails.value", null, USER),
                user("1", "\"emails\":[{\"value\":\"a@x\"},{\"value\":\"z@x\",\"primary\":true}]"),
                user("2", "\"emails\":[{\"value\":\"m@x\"}]")))
                .containsExactly("2", "1");
    }

    @Test
    void compare_dateTime_asInstants() {
        assertThat(sorted(SortComparator.of("meta.lastModified", null, USER),
                user("1", "\"meta\":{\"lastModified\":\"2011-05-13T05:00:00+02:00\"}"),
                user("2", "\"meta\":{\"lastModified\":\"2011-05-13T04:00:00Z\"}")))
                .containsExactly("1", "2");
    }

    @Test
    void compare_numbersBooleansAndMixedTypes() {
        SortComparator comparator = SortComparator.of(AttributePath.of("rank"), SortOrder.ASCENDING, USER,
                SchemaRegistry.defaults());
        assertThat(sorted(comparator, user("1", "\"rank\":10"), user("2", "\"rank\":9.5"), user("3", "\"rank\":\"x\""),
                user("4", "\"rank\":true"), user("5", "\"rank\":false"), user("6", "\"rank\":null")))
                .containsExactly("2", "1", "3", "5", "4", "6");
        assertThat(comparator.sortBy()).isEqualTo(AttributePath.of("rank"));
        assertThat(comparator.order()).isEqualTo(SortOrder.ASCENDING);
        assertThat(comparator).hasToString("sortBy=rank&sortOrder=ascending");
    }

    @Test
    void compare_extensionAttribute() {
        String urn = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
        assertThat(sorted(SortComparator.of(urn + ":department", null, USER),
                user("1", "\"" + urn + "\":{\"department\":\"b\"}"), user("2", "\"" + urn + "\":{\"department\":\"A\"}")))
                .containsExactly("2", "1");
    }

    @Test
    void parse_sortOrder() {
        assertThat(SortOrder.parse(null)).isEqualTo(SortOrder.ASCENDING);
        assertThat(SortOrder.parse("Ascending")).isEqualTo(SortOrder.ASCENDING);
        assertThat(SortOrder.parse("descending")).isEqualTo(SortOrder.DESCENDING);
        assertThatThrownBy(() -> SortOrder.parse("up")).isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.scimType()).isEqualTo("invalidValue");
            assertThat(e.detail()).isEqualTo("sortOrder 'up' must be 'ascending' or 'descending'");
        });
        assertThatThrownBy(() -> SortComparator.of("user name", null, USER)).isInstanceOf(FilterParseException.class);
        assertThatThrownBy(() -> SortComparator.of((String) null, null, USER)).hasMessage("sortBy is null");
    }
}
