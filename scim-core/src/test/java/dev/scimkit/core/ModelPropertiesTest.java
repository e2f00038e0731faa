package dev.scimkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ModelPropertiesTest {

    @Provide
    Arbitrary<User> users() {
        return ModelArbitraries.users();
    }

    @Provide
    Arbitrary<Group> groups() {
        return ModelArbitraries.groups();
    }

    @Property
    void fromJson_ofToJson_isEqualUser(@ForAll("users") User user) {
        User back = User.fromJson(user.toJson());
        assertThat(back).isEqualTo(user);
        assertThat(back.hashCode()).isEqualTo(user.hashCode());
    }

    @Property
    void parse_ofToJsonString_isEqualUser(@ForAll("users") User user) {
        String text = user.toJsonString();
        assertThat(User.parse(text)).isEqualTo(user);
        assertThat(User.parse(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(user);
        assertThat(ScimJson.parseObject(text)).isEqualTo(user.toJson());
    }

    @Property
    void jsonThroughModel_preservesEveryMember(@ForAll("users") User user) {
        JsonObject json = user.toJson();
        JsonObject again = User.fromJson(json).toJson();
        assertThat(again.keySet()).isEqualTo(json.keySet());
        for (Map.Entry<String, JsonValue> member : json.entrySet()) {
            assertThat(again.get(member.getKey())).as(member.getKey()).isEqualTo(member.getValue());
        }
    }

    @Property
    void fromJson_modelledNamesInAnyCase_isEqualUser(@ForAll("users") User user, @ForAll long seed) {
        Random random = new Random(seed);
        JsonObjectBuilder shuffled = ScimJson.builders().createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : user.toJson().entrySet()) {
            String key = member.getKey();
            boolean unknown = user.unknownAttributes().containsKey(key) || user.extensions().containsKey(key);
            shuffled.add(unknown ? key : randomCase(key, random), member.getValue());
        }
        assertThat(User.fromJson(shuffled.build())).isEqualTo(user);
    }

    @Property
    void fromJson_ofToJson_isEqualGroup(@ForAll("groups") Group group) {
        assertThat(Group.fromJson(group.toJson())).isEqualTo(group);
        assertThat(Group.parse(group.toJsonString())).isEqualTo(group);
        assertThat(Group.fromJson(group.toJson()).toJson()).isEqualTo(group.toJson());
    }

    @Property
    void toBuilder_build_isEqual(@ForAll("users") User user, @ForAll("groups") Group group) {
        assertThat(user.toBuilder().build()).isEqualTo(user);
        assertThat(group.toBuilder().build()).isEqualTo(group);
    }

    private static String randomCase(String key, Random random) {
        StringBuilder out = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        String result = out.toString();
        assertThat(AttributeNames.same(result, key.toLowerCase(Locale.ROOT))).isTrue();
        return result;
    }
}
