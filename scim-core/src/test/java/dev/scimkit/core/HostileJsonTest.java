package dev.scimkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.Schema;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile input never yields anything but a {@link ScimException}. */
class HostileJsonTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
    private static final ResourceType USER = REGISTRY.resourceType("User").orElseThrow();

    /** Every entry point that reads untrusted JSON text. */
    private static final List<Consumer<String>> READERS = List.of(
            User::parse,
            Group::parse,
            text -> User.fromJson(ScimJson.parseObject(text)),
            text -> Group.fromJson(ScimJson.parseObject(text)),
            text -> ListResponse.fromJson(ScimJson.parseObject(text), User::fromJson),
            text -> PatchRequest.fromJson(ScimJson.parseObject(text)),
            text -> ServiceProviderConfig.fromJson(ScimJson.parseObject(text)),
            text -> Schema.fromJson(ScimJson.parseObject(text)),
            text -> ResourceType.fromJson(ScimJson.parseObject(text)),
            text -> ResourceValidator.of(REGISTRY).validateCreate(USER, ScimJson.parseObject(text)),
            text -> Projection.of(REGISTRY).apply(USER, ScimJson.parseObject(text)),
            text -> ScimException.fromJson(ScimJson.parseObject(text), 500));

    private static void assertOnlyScimException(String text) {
        for (Consumer<String> reader : READERS) {
            Throwable thrown = catchThrowable(() -> reader.accept(text));
            if (thrown != null) {
                assertThat(thrown).as("reading %s", text).isInstanceOf(ScimException.class);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "}", "[", "{\"a\"", "{\"a\":", "{\"a\":1,}", "{,}", "{\"a\" 1}",
            "{'a':1}", "{a:1}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":-}", "{\"a\":01}", "{\"a\":1.}",
            "{\"a\":.5}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\u0001\"}", "{\"a\":tru}", "{\"a\":nul}",
            "nul", "{} x", "{}{}", "\"just a string\"", "42", "[1,2]", "{\"a\":[1,2}", "{\"a\":{\"b\":]}"})
    void parse_malformedText_isInvalidSyntax(String text) {
        assertThatThrownBy(() -> User.parse(text)).isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.scimType()).isEqualTo(ScimException.INVALID_SYNTAX);
        });
        assertOnlyScimException(text);
    }

    @Test
    void parse_malformed_reportsPosition() {
        assertThatThrownBy(() -> ScimJson.parseObject("{\n  \"userName\": ,\n}"))
                .isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.detail()).contains("line 2").contains("column").contains("offset"));
        assertThatThrownBy(() -> User.parse("{\"emails\":[{\"value\":1}]}"))
                .hasMessageContaining("emails[0].value").hasMessageContaining("column");
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 1_000, 100_000})
    void parse_deepNesting_isInvalidSyntaxNotStackOverflow(int depth) {
        String arrays = "{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        String objects = "{\"x\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}";
        for (String text : List.of(arrays, objects)) {
            assertThatThrownBy(() -> User.parse(text)).isInstanceOf(ScimException.class)
                    .hasMessageContaining("deeper than 64");
            assertThatThrownBy(() -> ScimJson.parseObject(text)).isInstanceOf(ScimException.class)
                    .hasMessageContaining("deeper than 64");
            assertOnlyScimException(text);
        }
    }

    @Test
    void parse_unclosedDeepNesting_isInvalidSyntax() {
        assertOnlyScimException("[".repeat(200_000));
        assertOnlyScimException("{\"a\":".repeat(100_000));
    }

    @Test
    void parse_tooLarge_is413() {
        String big = "{\"x\":\"" + "a".repeat((int) JsonLimits.DEFAULT_MAX_CHARS) + "\"}";
        assertThatThrownBy(() -> User.parse(big)).isInstanceOfSatisfying(ScimException.class,
                e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> User.parse(big.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @Test
    void parse_invalidUtf8_isInvalidSyntax() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Throwable thrown = catchThrowable(() -> User.parse(bytes));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(ScimException.class);
        }
        assertThatThrownBy(() -> User.parse(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}))
                .isInstanceOf(ScimException.class);
    }

    @Test
    void parse_hugeNumbers_areKeptWithoutBlowingUp() {
        User user = User.parse("{\"userName\":\"u\",\"xt_n\":1e999999999,\"xt_m\":-1E-999999999}");
        assertThat(user.unknownAttributes()).containsKeys("xt_n", "xt_m");
        assertOnlyScimException("{\"totalResults\":1e999999999,\"startIndex\":9e99,\"itemsPerPage\":-1}");
        assertOnlyScimException("{\"status\":1e999999999,\"detail\":\"x\"}");
        assertOnlyScimException("{\"bulk\":{\"supported\":true,\"maxOperations\":1e999999999}}");
    }

    @Test
    void readers_wrongShapes_onlyScimException() {
        for (String text : List.of("{\"schemas\":{}}", "{\"Resources\":[[]]}", "{\"Operations\":[1]}",
                "{\"id\":1,\"attributes\":[1]}", "{\"id\":\"urn:x\",\"attributes\":[{\"name\":1}]}",
                "{\"id\":\"urn:x\",\"attributes\":[{\"name\":\"a\",\"type\":\"complex\",\"subAttributes\":[3]}]}",
                "{\"name\":\"T\",\"endpoint\":\"/T\",\"schema\":\"urn:x\",\"schemaExtensions\":[\"a\"]}",
                "{\"authenticationSchemes\":{}}", "{\"patch\":[]}", "{\"meta\":5,\"name\":5,\"emails\":5}",
                "{\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"manager\":[]}}",
                "{\"members\":{\"value\":{}}}", "{\"userName\":\"u\",\"\":\"\"}")) {
            assertOnlyScimException(text);
        }
    }

    /** Every entry point that reads untrusted UTF-8 bytes. */
    private static final List<Consumer<byte[]>> BYTE_READERS = List.of(
            User::parse,
            Group::parse,
            bytes -> ScimJson.parse(bytes, JsonLimits.defaults()),
            bytes -> ScimJson.parseObject(bytes));

    /** Asserts every reader of text and bytes fails with a 400 of that scimType mentioning {@code fragment}. */
    private static void assertAllReject(String text, String scimType, String fragment) {
        for (Consumer<String> reader : READERS) {
            assertThatThrownBy(() -> reader.accept(text)).as("reading %s", text)
                    .isInstanceOfSatisfying(ScimException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.scimType()).isEqualTo(scimType);
                        assertThat(e.detail()).contains(fragment);
                    });
        }
        for (Consumer<byte[]> reader : BYTE_READERS) {
            assertThatThrownBy(() -> reader.accept(text.getBytes(StandardCharsets.UTF_8))).as("reading %s", text)
                    .isInstanceOfSatisfying(ScimException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.scimType()).isEqualTo(scimType);
                        assertThat(e.detail()).contains(fragment).contains("offset");
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"\":[]}", "{\"\":{}}", "{\"\":1}", "{\"userName\":\"u\",\"\":\"x\"}",
            "{\"a\":{\"\":[1]}}", "{\"a\":[{\"\":{}}]}", "{\"emails\":[{\"\":[]}]}"})
    void parse_emptyMemberName_isInvalidSyntaxWithPosition(String text) {
        assertAllReject(text, ScimException.INVALID_SYNTAX, "empty member name");
    }

    @Test
    void fromJson_inMemoryEmptyMemberName_isInvalidSyntax() {
        JsonObject object = ScimJson.builders().createObjectBuilder()
                .add("userName", "u").add("", ScimJson.builders().createArrayBuilder()).build();
        assertThatThrownBy(() -> User.fromJson(object)).isInstanceOfSatisfying(ScimException.class,
                e -> assertThat(e.scimType()).isEqualTo(ScimException.INVALID_SYNTAX));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e9999999999", "-1E+9999999999", "1e-9999999999", "0.5e2147483648"})
    void parse_exponentBeyondIntRange_isInvalidValueWithPosition(String number) {
        assertAllReject("{\"userName\":\"u\",\"n\":" + number + "}", ScimException.INVALID_VALUE,
                "exponent is beyond");
        assertAllReject("{\"a\":[{\"b\":" + number + "}]}", ScimException.INVALID_VALUE, number);
    }

    @Test
    void parse_numberOf1101Digits_isInvalidValue_1100DigitsAreKept() {
        assertAllReject("{\"userName\":\"u\",\"n\":" + "7".repeat(1101) + "}", ScimException.INVALID_VALUE,
                "more than 1100 characters");
        assertAllReject("{\"n\":[-0." + "1".repeat(1200) + "]}", ScimException.INVALID_VALUE, "characters");
        User kept = User.parse("{\"userName\":\"u\",\"n\":" + "7".repeat(1100) + "}");
        assertThat(kept.unknownAttributes().get("n").toString()).hasSize(1100);
        assertThat(ScimJson.parseObject("{\"n\":" + "7".repeat(1100) + "}").getJsonNumber("n").toString())
                .hasSize(1100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C328", "FF", "C0AF", "E080AF", "EDA080", "F4908080", "E282", "F0928D"})
    void parse_invalidUtf8InsideString_isInvalidSyntaxWithByteOffset(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] prefix = "{\"userName\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] doc = new byte[prefix.length + bad.length + 2];
        System.arraycopy(prefix, 0, doc, 0, prefix.length);
        System.arraycopy(bad, 0, doc, prefix.length, bad.length);
        doc[doc.length - 2] = '"';
        doc[doc.length - 1] = '}';
        for (Consumer<byte[]> reader : BYTE_READERS) {
            assertThatThrownBy(() -> reader.accept(doc)).isInstanceOfSatisfying(ScimException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.scimType()).isEqualTo(ScimException.INVALID_SYNTAX);
                assertThat(e.detail()).contains("not valid UTF-8").contains("byte offset " + prefix.length);
            });
        }
    }

    @Test
    void parse_validUtf8AndReplacementCharacter_areKept() {
        String text = "{\"userName\":\"zoë \u00e9 \ud83d\ude00 \ufffd\"}";
        assertThat(ScimJson.parseObject(text.getBytes(StandardCharsets.UTF_8)).getString("userName"))
                .isEqualTo("zoë é \ud83d\ude00 \ufffd");
        assertThat(User.parse(text.getBytes(StandardCharsets.UTF_8)).userName()).isEqualTo("zoë é \ud83d\ude00 \ufffd");
        byte[] withBom = ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(ScimJson.parseObject(withBom).getString("userName")).startsWith("zoë");
    }

    /** A string read from bytes re-encodes to exactly those bytes: nothing is replaced by U+FFFD on the way. */
    @Property
    void parse_stringFromArbitraryBytes_isByteExactOrA400(@ForAll byte[] content) {
        byte[] head = "{\"a\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] doc = java.util.Arrays.copyOf(head, head.length + content.length + 2);
        System.arraycopy(content, 0, doc, head.length, content.length);
        doc[doc.length - 2] = '"';
        doc[doc.length - 1] = '}';
        JsonObject parsed;
        try {
            parsed = ScimJson.parseObject(doc);
        } catch (ScimException rejected) {
            assertThat(rejected.status()).isEqualTo(400);
            return;
        }
        boolean escapes = false;
        for (byte b : content) {
            escapes |= b == '\\';
        }
        if (!escapes) {
            assertThat(parsed.getString("a").getBytes(StandardCharsets.UTF_8)).isEqualTo(content);
        }
    }

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(1300);
        Arbitrary<String> exponent = Arbitraries.longs().between(-20_000_000_000L, 20_000_000_000L).map(String::valueOf);
        return net.jqwik.api.Combinators.combine(digits, exponent, Arbitraries.of("", "e", "E", ".5e"))
                .as((d, e, marker) -> (d.length() > 1 ? d.replaceFirst("^0+", "1") : d) + (marker.isEmpty() ? "" : marker + e));
    }

    @Property(tries = 300)
    void parse_anyNumber_isKeptOrA400(@ForAll("numbers") String number) {
        String text = "{\"userName\":\"u\",\"n\":" + number + ",\"m\":[" + number + "]}";
        assertOnlyScimException(text);
        for (Consumer<byte[]> reader : BYTE_READERS) {
            Throwable thrown = catchThrowable(() -> reader.accept(text.getBytes(StandardCharsets.UTF_8)));
            if (thrown != null) {
                assertThat(thrown).isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.status()).isEqualTo(400));
            }
        }
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("{}[]\":,0123456789.eE+-tfnulr\\ ").ofMaxLength(60));
    }

    @Property
    void parse_arbitraryText_onlyScimException(@ForAll("garbage") String text) {
        assertOnlyScimException(text);
    }

    @Property
    void parse_arbitraryBytes_onlyScimException(@ForAll byte[] bytes) {
        Throwable thrown = catchThrowable(() -> User.parse(bytes));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(ScimException.class);
        }
    }

    @Property
    void parse_mutatedValidUser_onlyScimException(@ForAll("users") User user, @ForAll @IntRange(max = 10_000) int at,
                                                   @ForAll char inserted, @ForAll boolean delete) {
        String text = user.toJsonString();
        int position = at % (text.length() + 1);
        String mutated = delete && position < text.length()
                ? text.substring(0, position) + text.substring(position + 1)
                : text.substring(0, position) + inserted + text.substring(position);
        assertOnlyScimException(mutated);
    }

    @Provide
    Arbitrary<User> users() {
        return ModelArbitraries.users();
    }

    @Property(tries = 50)
    void parse_generatedDeepDocuments_onlyScimException(@ForAll @IntRange(min = 1, max = 5_000) int depth,
                                                       @ForAll boolean objects, @ForAll boolean closed) {
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        String text = "{\"x\":" + open.repeat(depth) + "1" + (closed ? close.repeat(depth) : "") + "}";
        Throwable thrown = catchThrowable(() -> User.parse(text));
        if (depth + 1 > JsonLimits.DEFAULT_MAX_DEPTH || !closed) {
            assertThat(thrown).isInstanceOf(ScimException.class);
        } else {
            assertThat(thrown).isNull();
        }
        assertOnlyScimException(text);
    }

    @Test
    void fromJson_inMemoryObjectTooDeep_isInvalidSyntax() {
        JsonObject deep = ScimJson.parseObject("{\"a\":1}");
        for (int i = 0; i < 80; i++) {
            deep = ScimJson.builders().createObjectBuilder().add("a", deep).build();
        }
        JsonObject doc = deep;
        assertThatThrownBy(() -> User.fromJson(doc)).isInstanceOf(ScimException.class)
                .hasMessageContaining("deeper than 64");
    }
}
