package dev.scimkit.testkit.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DictionaryTest {

    private static final String BASE = "http://127.0.0.1:8080/scim2";
    private static final Dictionary DICTIONARY = new Dictionary(
            List.of(SchemaRegistry.USER, SchemaRegistry.ENTERPRISE_USER, "urn:a", "urn:ab"),
            List.of(BASE + "/Users/", BASE + "/Groups/"));
    private static final String[] PIECES = {SchemaRegistry.USER, SchemaRegistry.ENTERPRISE_USER, "urn:a", "urn:ab",
            BASE + "/Users/", BASE + "/Groups/", BASE, "urn:", "x", "\"", "\\", "é", "{", ":", ","};

    @Property
    void expandingACompressedDocument_givesItBack(@ForAll("documents") JsonObject document) {
        byte[] json = ScimJson.writeBytes(document);

        byte[] coded = DICTIONARY.compress(json);

        assertThat(DICTIONARY.expand(coded)).isEqualTo(json);
        assertThat(coded.length).isLessThanOrEqualTo(json.length);
        assertThat(ScimJson.parseObject(DICTIONARY.expand(coded))).isEqualTo(document);
    }

    @Property
    void slicesOfACodedDocument_expandToTheSlicesOfTheDocument(@ForAll("documents") JsonObject stored,
                                                                @ForAll long seed) {
        JsonObject view = ViewSlicesTest.prune(stored, new Random(seed));
        byte[] coded = DICTIONARY.compress(ScimJson.writeBytes(stored));

        Object description = ViewSlices.describe(coded, DICTIONARY.compress(ScimJson.writeBytes(view)));

        byte[] served = description instanceof int[] slices ? DICTIONARY.expand(coded, slices)
                : DICTIONARY.expand((byte[]) description);
        assertThat(served).isEqualTo(ScimJson.writeBytes(view));
    }

    @Example
    void codesWholeStringsAndPrefixesOnly() {
        String json = "{\"schemas\":[\"" + SchemaRegistry.USER + "\"],\"" + SchemaRegistry.ENTERPRISE_USER
                + "\":{\"x\":\"" + SchemaRegistry.USER + "x\"},\"location\":\"" + BASE + "/Users/abc\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        byte[] coded = DICTIONARY.compress(bytes);

        assertThat(coded.length).isEqualTo(bytes.length - (SchemaRegistry.USER.length() - 2)
                - (SchemaRegistry.ENTERPRISE_USER.length() - 2) - (BASE.length() + "/Users/".length() - 2));
        assertThat(DICTIONARY.expand(coded)).isEqualTo(bytes);
        assertThatThrownBy(() -> new Dictionary(List.of("a\"b"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<JsonObject> documents() {
        return Arbitraries.randomValue(random -> object(random, 0));
    }

    private static JsonObject object(Random random, int depth) {
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
        int members = random.nextInt(6);
        for (int i = 0; i < members; i++) {
            String key = text(random) + (random.nextInt(4) == 0 ? "" : Integer.toString(i));
            if (depth < 3 && random.nextInt(3) == 0) {
                out.add(key, object(random, depth + 1));
            } else if (random.nextInt(3) == 0) {
                JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
                for (int j = random.nextInt(3); j >= 0; j--) {
                    array.add(text(random));
                }
                out.add(key, array);
            } else {
                out.add(key, text(random));
            }
        }
        return out.build();
    }

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(3); i >= 0; i--) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }
}
