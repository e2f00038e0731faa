package dev.scimkit.filter.patch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.Patch;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Patch#diff}: the operations it chooses, not only that they work. */
class PatchDiffTest {

    private static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER;

    private static JsonObject json(String singleQuoted) {
        return ScimJson.parseObject(singleQuoted.replace('\'', '"'));
    }

    private static List<String> describe(PatchRequest request) {
        return request.operations().stream()
                .map(op -> op.op().wireName() + " " + op.path() + (op.value() == null ? "" : " " + ScimJson.write(op.value())))
                .toList();
    }

    private static final JsonObject USER = json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'u1',"
            + "'userName':'bjensen','title':'Guide','name':{'givenName':'Barbara','familyName':'Jensen'},"
            + "'emails':[{'value':'a@x.org','type':'work','primary':true},{'value':'b@x.org','type':'home'}],"
            + "'meta':{'version':'W/\\'1\\''}}");

    @Test
    void diff_equalResources_hasNoOperations() {
        assertThat(Patch.diff(USER, USER).operations()).isEmpty();
    }

    @Test
    void diff_changedScalar_isOneReplace() {
        JsonObject after = ScimJson.builders().createObjectBuilder(USER).add("title", "CEO").build();
        assertThat(describe(Patch.diff(USER, after))).containsExactly("replace title \"CEO\"");
    }

    @Test
    void diff_onlyMetaAndIdDiffer_hasNoOperations() {
        JsonObject after = ScimJson.builders().createObjectBuilder(USER).add("id", "other")
                .add("meta", json("{'version':'W/\\'2\\''}")).build();
        assertThat(Patch.diff(USER, after).operations()).isEmpty();
    }

    @Test
    void diff_changedAndDroppedSubAttributes_replaceChangedAndRemoveDropped() {
        JsonObject after = ScimJson.builders().createObjectBuilder(USER).add("name", json("{'givenName':'Babs'}")).build();
        assertThat(describe(Patch.diff(USER, after)))
                .containsExactly("remove name.familyName", "replace name {\"givenName\":\"Babs\"}");
    }

    @Test
    void diff_appendedEmail_isOneAddOfThatValue() {
        JsonObject after = ScimJson.builders().createObjectBuilder(USER).add("emails", ScimJson.builders()
                .createArrayBuilder(USER.getJsonArray("emails")).add(json("{'value':'c@x.org','type':'other'}"))).build();
        assertThat(describe(Patch.diff(USER, after)))
                .containsExactly("add emails [{\"value\":\"c@x.org\",\"type\":\"other\"}]");
    }

    @Test
    void diff_removedMember_isRemoveWithValueFilter() {
        JsonObject before = json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'displayName':'g',"
                + "'members':[{'value':'u1','display':'One'},{'value':'u2','display':'Two'},{'value':'u3','display':'Three'}]}");
        JsonObject after = json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'displayName':'g',"
                + "'members':[{'value':'u1','display':'One'},{'value':'u3','display':'Three'}]}");
        assertThat(describe(Patch.diff(before, after))).containsExactly("remove members[value eq \"u2\"]");
        assertThat(Patch.apply(before, Patch.diff(before, after))).isEqualTo(after);
    }

    @Test
    void diff_reorderedValues_replacesWhole() {
        JsonObject after = ScimJson.builders().createObjectBuilder(USER).add("emails", json(
                "{'e':[{'value':'b@x.org','type':'home'},{'value':'a@x.org','type':'work','primary':true}]}").get("e")).build();
        PatchRequest diff = Patch.diff(USER, after);
        assertThat(diff.operations()).extracting(PatchOperation::op, PatchOperation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PatchOperation.Op.REPLACE, "emails"));
        assertThat(Patch.apply(USER, diff)).isEqualTo(after);
    }

    @Test
    void diff_newExtensionAttribute_usesUrnPath() {
        JsonObject after = ScimJson.builders().createObjectBuilder(USER)
                .add(ENTERPRISE, json("{'department':'Tour'}"))
                .add("schemas", ScimJson.builders().createArrayBuilder().add(SchemaRegistry.USER).add(ENTERPRISE))
                .build();
        assertThat(describe(Patch.diff(USER, after))).containsExactly("add " + ENTERPRISE + ":department \"Tour\"");
        assertThat(Patch.apply(USER, Patch.diff(USER, after))).isEqualTo(after);
    }

    @Test
    void diff_removedAttribute_isRemove() {
        JsonObject after = ScimJson.builders().createObjectBuilder(USER).remove("title").build();
        assertThat(describe(Patch.diff(USER, after))).containsExactly("remove title");
    }

    @Test
    void diff_readOnlySubAttributes_areLeftOut() {
        JsonObject before = ScimJson.builders().createObjectBuilder(USER)
                .add("schemas", ScimJson.builders().createArrayBuilder().add(SchemaRegistry.USER).add(ENTERPRISE))
                .add(ENTERPRISE, json("{'manager':{'value':'m1','displayName':'Old Name'}}")).build();
        JsonObject renamed = ScimJson.builders().createObjectBuilder(before)
                .add(ENTERPRISE, json("{'manager':{'value':'m1','displayName':'New Name'}}")).build();
        assertThat(Patch.diff(before, renamed).operations()).isEmpty();
        JsonObject newManager = ScimJson.builders().createObjectBuilder(USER)
                .add("schemas", ScimJson.builders().createArrayBuilder().add(SchemaRegistry.USER).add(ENTERPRISE))
                .add(ENTERPRISE, json("{'manager':{'value':'m2','displayName':'Boss'}}")).build();
        PatchRequest diff = Patch.diff(USER, newManager);
        assertThat(describe(diff)).containsExactly("add " + ENTERPRISE + ":manager {\"value\":\"m2\"}");
        assertThat(Patch.apply(USER, diff).getJsonObject(ENTERPRISE)).isEqualTo(json("{'manager':{'value':'m2'}}"));
    }
}
