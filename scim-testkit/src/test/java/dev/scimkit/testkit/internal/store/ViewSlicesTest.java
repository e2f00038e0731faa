package dev.scimkit.testkit.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ViewSlicesTest {

    @Property
    void aPrunedView_isKeptAsSlicesThatReassembleToItsBytes(@ForAll("documents") JsonObject stored,
                                                             @ForAll long seed) {
        JsonObject view = prune(stored, new Random(seed));
        byte[] storedBytes = ScimJson.writeBytes(stored);
        byte[] viewBytes = ScimJson.writeBytes(view);

        Object description = ViewSlices.describe(storedBytes, viewBytes);

        assertThat(bytes(storedBytes, description)).isEqualTo(viewBytes);
        if (view.equals(stored)) {
            assertThat(description).isSameAs(storedBytes);
        } else {
            assertThat(description).isInstanceOf(int[].class);
        }
    }

    @Property
    void anyOtherView_isKeptWhole(@ForAll("documents") JsonObject stored, @ForAll("documents") JsonObject other) {
        byte[] storedBytes = ScimJson.writeBytes(stored);
        byte[] otherBytes = ScimJson.writeBytes(other);

        Object description = ViewSlices.describe(storedBytes, otherBytes);

        assertThat(bytes(storedBytes, description)).isEqualTo(otherBytes);
    }

    @Example
    void zoomListItem_costsAFewOffsets() {
        byte[] stored = ("{\"schemas\":[\"urn:core\",\"urn:ent\",\"urn:license\"],\"id\":\"a\\\"b\",\"userName\":\"é@x\","
                + "\"urn:ent\":{\"department\":\"R&D\",\"manager\":\"m@x\"},\"urn:license\":{},\"meta\":{\"version\":\"W/\\\"3\\\"\"}}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] listItem = ("{\"schemas\":[\"urn:core\",\"urn:ent\"],\"id\":\"a\\\"b\",\"userName\":\"é@x\","
                + "\"urn:ent\":{\"department\":\"R&D\"},\"meta\":{\"version\":\"W/\\\"3\\\"\"}}")
                .getBytes(StandardCharsets.UTF_8);

        Object description = ViewSlices.describe(stored, listItem);

        assertThat(description).isInstanceOf(int[].class);
        assertThat(((int[]) description).length).isLessThanOrEqualTo(8);
        assertThat(bytes(stored, description)).isEqualTo(listItem);
    }

    private static byte[] bytes(byte[] stored, Object description) {
        return description instanceof int[] slices ? ViewSlices.assemble(stored, slices) : (byte[]) description;
    }

    @Provide
    Arbitrary<JsonObject> documents() {
        return Arbitraries.randomValue(random -> object(random, 0));
    }

    private static JsonObject object(Random random, int depth) {
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
        int members = random.nextInt(depth == 0 ? 8 : 4);
        for (int i = 0; i < members; i++) {
            out.add(text(random) + i, value(random, depth + 1));
        }
        return out.build();
    }

    private static JsonValue value(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 4 : 6);
        return switch (kind) {
            case 0 -> ScimJson.provider().createValue(text(random));
            case 1 -> ScimJson.provider().createValue(random.nextInt(2000) - 1000);
            case 2 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case 3 -> JsonValue.NULL;
            case 4 -> object(random, depth);
            default -> {
                JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(random.nextBoolean() ? value(random, depth + 1)
                            : ScimJson.provider().createValue("same"));
                }
                yield array.build();
            }
        };
    }

    private static String text(Random random) {
        String[] pieces = {"a", "B", "\"", "\\", "é", "☃", "{", "]", ",", ":", " ", "urn:x:1.0:U", "\n"};
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(4);
        for (int i = 0; i < length; i++) {
            out.append(pieces[random.nextInt(pieces.length)]);
        }
        return out.toString();
    }

    /** Leaves members and array elements out at random (and recurses into objects), changing nothing else. */
    static JsonValue prune(JsonValue value, Random random) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                if (random.nextInt(3) != 0) {
                    out.add(member.getKey(), random.nextBoolean() ? prune(member.getValue(), random) : member.getValue());
                }
            }
            return out.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder out = ScimJson.builders().createArrayBuilder();
            for (JsonValue element : array) {
                if (random.nextInt(3) != 0) {
                    out.add(element);
                }
            }
            return out.build();
        }
        return value;
    }

    static JsonObject prune(JsonObject object, Random random) {
        return (JsonObject) prune((JsonValue) object, random);
    }
}
