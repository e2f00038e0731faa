package dev.scimkit.filter.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.internal.patch.ParsedPath;
import dev.scimkit.filter.internal.patch.PatchEngine;
import dev.scimkit.filter.internal.patch.ValueFilter;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine on its own, with paths built directly (no grammar) and a test double for value
 * filters, so that the semantics are pinned independently of the parser and the evaluator.
 */
class PatchEngineTest {

    private static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER;

    private final Map<String, ParsedPath> paths = new HashMap<>();
    private final PatchEngine lenient = new PatchEngine(SchemaRegistry.defaults(), null, true, this::path);
    private final PatchEngine strict = new PatchEngine(SchemaRegistry.defaults(), null, false, this::path);

    private ParsedPath path(String text) {
        ParsedPath path = paths.get(text);
        if (path == null) {
            throw ScimException.badRequest(ScimException.INVALID_PATH, "test has no path " + text);
        }
        return path;
    }

    private String define(String text, String urn, String attribute, ValueFilter filter, String sub) {
        paths.put(text, new ParsedPath(text, urn, attribute, filter, sub));
        return text;
    }

    /** A value filter {@code sub eq "value"} for tests. */
    private static ValueFilter eq(String sub, String value) {
        return new ValueFilter() {
            @Override
            public boolean matches(JsonObject element, Attribute attribute) {
                JsonValue actual = AttributeNames.get(element, sub);
                return actual instanceof JsonString text && text.getString().equalsIgnoreCase(value);
            }

            @Override
            public Map<String, JsonValue> equalities() {
                return Map.of(sub, ScimJson.provider().createValue(value));
            }

            @Override
            public String text() {
                return sub + " eq \"" + value + "\"";
            }
        };
    }

    private static JsonObject json(String singleQuoted) {
        return ScimJson.parseObject(singleQuoted.replace('\'', '"'));
    }

    private static JsonValue value(String singleQuoted) {
        return ScimJson.parse(singleQuoted.replace('\'', '"'), dev.scimkit.core.json.JsonLimits.defaults());
    }

    private static final JsonObject USER = json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],"
            + "'id':'2819c223','userName':'bjensen','active':true,"
            + "'name':{'givenName':'Barbara','familyName':'Jensen'},"
            + "'emails':[{'value':'bjensen@example.com','type':'work','primary':true},"
            + "{'value':'babs@jensen.org','type':'home'}]}");

    @Test
    void replace_simpleAttribute_setsIt() {
        define("userName", null, "userName", null, null);
        JsonObject out = lenient.apply(USER, PatchRequest.of(PatchOperation.replace("userName", value("'bj'"))));
        assertThat(out.getString("userName")).isEqualTo("bj");
        assertThat(USER.getString("userName")).isEqualTo("bjensen");
    }

    @Test
    void replace_booleanAsStringLenient_becomesBoolean() {
        define("active", null, "active", null, null);
        JsonObject out = lenient.apply(USER, PatchRequest.of(PatchOperation.replace("active", value("'False'"))));
        assertThat(out.get("active")).isEqualTo(JsonValue.FALSE);
    }

    @Test
    void replace_booleanAsStringStrict_isInvalidValue() {
        define("active", null, "active", null, null);
        assertThatThrownBy(() -> strict.apply(USER,
                PatchRequest.of(PatchOperation.replace("active", value("'False'")))))
                .isInstanceOfSatisfying(ScimException.class, e -> {
                    assertThat(e.scimType()).isEqualTo(ScimException.INVALID_VALUE);
                    assertThat(e.detail()).startsWith("Operations[0] (replace \"active\")");
                });
    }

    @Test
    void add_subAttributeWithFilterMatchingNothing_createsElementFromFilter() {
        define("emails[type eq \"other\"].value", null, "emails", eq("type", "other"), "value");
        JsonObject out = lenient.apply(USER, PatchRequest.of(
                PatchOperation.add("emails[type eq \"other\"].value", value("'x@y.z'"))));
        assertThat(out.getJsonArray("emails")).hasSize(3);
        assertThat(out.getJsonArray("emails").getJsonObject(2)).isEqualTo(json("{'type':'other','value':'x@y.z'}"));
    }

    @Test
    void replace_subAttributeWithFilterMatchingNothing_isNoTarget() {
        define("emails[type eq \"other\"].value", null, "emails", eq("type", "other"), "value");
        assertThatThrownBy(() -> lenient.apply(USER, PatchRequest.of(
                PatchOperation.replace("emails[type eq \"other\"].value", value("'x@y.z'")))))
                .isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.scimType()).isEqualTo(ScimException.NO_TARGET));
    }

    @Test
    void replace_primaryOnSecondElement_clearsFirst() {
        define("emails[type eq \"home\"].primary", null, "emails", eq("type", "home"), "primary");
        JsonObject out = lenient.apply(USER, PatchRequest.of(
                PatchOperation.replace("emails[type eq \"home\"].primary", JsonValue.TRUE)));
        assertThat(out.getJsonArray("emails").getJsonObject(0).get("primary")).isEqualTo(JsonValue.FALSE);
        assertThat(out.getJsonArray("emails").getJsonObject(1).get("primary")).isEqualTo(JsonValue.TRUE);
    }

    @Test
    void remove_withFilter_removesMatchingElement() {
        define("emails[type eq \"home\"]", null, "emails", eq("type", "home"), null);
        JsonObject out = lenient.apply(USER, PatchRequest.of(PatchOperation.remove("emails[type eq \"home\"]")));
        assertThat(out.getJsonArray("emails")).hasSize(1);
    }

    @Test
    void replace_enterpriseAttribute_createsExtensionAndListsSchema() {
        define(ENTERPRISE + ":department", ENTERPRISE, "department", null, null);
        JsonObject out = lenient.apply(USER, PatchRequest.of(
                PatchOperation.replace(ENTERPRISE + ":department", value("'Tour'"))));
        assertThat(out.getJsonObject(ENTERPRISE)).isEqualTo(json("{'department':'Tour'}"));
        assertThat(out.getJsonArray("schemas").getValuesAs(JsonString::getString)).contains(ENTERPRISE);
    }

    @Test
    void replace_pathlessDottedKeys_lenient() {
        define("name.givenName", null, "name", null, "givenName");
        define(ENTERPRISE + ":manager", ENTERPRISE, "manager", null, null);
        JsonObject out = lenient.apply(USER, PatchRequest.of(PatchOperation.replace(null,
                json("{'name.givenName':'Babs','" + ENTERPRISE + ":manager':'boss-id'}"))));
        assertThat(out.getJsonObject("name").getString("givenName")).isEqualTo("Babs");
        assertThat(out.getJsonObject("name").getString("familyName")).isEqualTo("Jensen");
        assertThat(out.getJsonObject(ENTERPRISE)).isEqualTo(json("{'manager':{'value':'boss-id'}}"));
    }

    @Test
    void replace_readOnlyId_isMutability() {
        define("id", null, "id", null, null);
        assertThatThrownBy(() -> lenient.apply(USER, PatchRequest.of(PatchOperation.replace("id", value("'x'")))))
                .isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.scimType()).isEqualTo(ScimException.MUTABILITY));
    }

    @Test
    void apply_failingSecondOperation_changesNothing() {
        define("userName", null, "userName", null, null);
        define("id", null, "id", null, null);
        PatchRequest request = PatchRequest.of(PatchOperation.replace("userName", value("'changed'")),
                PatchOperation.replace("id", value("'x'")));
        assertThatThrownBy(() -> lenient.apply(USER, request)).isInstanceOf(ScimException.class)
                .hasMessageContaining("Operations[1]");
        assertThat(USER.getString("userName")).isEqualTo("bjensen");
    }

    @Test
    void remove_membersWithValueArrayLenient_removesListed() {
        JsonObject group = json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'displayName':'g',"
                + "'members':[{'value':'a'},{'value':'b'},{'value':'c'}]}");
        define("members", null, "members", null, null);
        JsonObject out = lenient.apply(group, PatchRequest.of(
                new PatchOperation(PatchOperation.Op.REMOVE, "members", value("[{'value':'b'},{'value':'zz'}]"))));
        assertThat(out.getJsonArray("members")).isEqualTo(value("[{'value':'a'},{'value':'c'}]"));
        assertThatThrownBy(() -> strict.apply(group, PatchRequest.of(
                new PatchOperation(PatchOperation.Op.REMOVE, "members", value("[{'value':'b'}]")))))
                .isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.scimType()).isEqualTo(ScimException.INVALID_VALUE));
    }

    @Test
    void replace_immutableMemberValue_isMutability() {
        JsonObject group = json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'displayName':'g',"
                + "'members':[{'value':'a'}]}");
        define("members[value eq \"a\"].value", null, "members", eq("value", "a"), "value");
        assertThatThrownBy(() -> lenient.apply(group, PatchRequest.of(
                PatchOperation.replace("members[value eq \"a\"].value", value("'b'")))))
                .isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.scimType()).isEqualTo(ScimException.MUTABILITY));
    }

    @Test
    void add_identicalEmail_isNotDuplicated() {
        define("emails", null, "emails", null, null);
        JsonObject out = lenient.apply(USER, PatchRequest.of(PatchOperation.add("emails",
                value("[{'value':'BABS@jensen.org','type':'home'}]"))));
        assertThat(out).isEqualTo(USER);
    }
}
