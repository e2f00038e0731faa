package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluation rules beyond the table: strictness, extensions, elements, edge values. */
class FilterEvaluatorTest {

    private static final FilterEvaluator STRICT = FilterEvaluator.builder().strict(true).build();
    private static final FilterEvaluator LENIENT = FilterEvaluator.defaults();
    private static final ResourceType USER = SchemaRegistry.defaults().resourceType("User").orElseThrow();
    private static final Attribute EMAILS = SchemaRegistry.defaults()
            .resolve(USER, null, "emails", null).orElseThrow().attribute();

    private static JsonObject json(String text) {
        return ScimJson.parseObject(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "active gt true|cannot evaluate 'active gt true': booleans can only be compared with eq and ne",
            "active eq \"true\"|cannot evaluate 'active eq \"true\"': 'active' holds booleans (true or false)",
            "userName eq 1|cannot evaluate 'userName eq 1': 'userName' holds strings",
            "name gt \"a\"|cannot evaluate 'name gt \"a\"': 'name' is complex; compare one of its sub-attributes instead",
            "meta.created gt \"yesterday\"|cannot evaluate 'meta.created gt \"yesterday\"': \"yesterday\" is not a dateTime such as \"2011-05-13T04:42:34Z\"",
            "meta.created gt 5|cannot evaluate 'meta.created gt 5': 'meta.created' holds dateTimes such as \"2011-05-13T04:42:34Z\"",
            "title gt null|cannot evaluate 'title gt null': null can only be compared with eq and ne",
            "shoeSize eq 5|'shoeSize eq 5' names attribute 'shoeSize', which resource type User does not define",
            "emails[kind eq \"x\"]|'kind eq \"x\"' names attribute 'kind', which elements of 'emails' does not define",
            "userName[value pr]|cannot evaluate 'userName[value pr]': 'userName' is not a complex attribute, so it has no elements to filter",
    })
    void compile_strictMismatch_isInvalidFilter(String text, String detail) {
        Filter filter = Filter.parse(text);
        assertThatThrownBy(() -> STRICT.compile(filter, USER))
                .isInstanceOfSatisfying(ScimException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.scimType()).isEqualTo("invalidFilter");
                    assertThat(e.detail()).isEqualTo(detail);
                });
        assertThat(LENIENT.compile(filter, USER).test(json("{\"userName\":\"x\",\"active\":true,\"name\":{\"givenName\":\"a\"},"
                + "\"meta\":{\"created\":\"2010-01-23T04:56:22Z\"}}"))).isFalse();
    }

    @Test
    void test_lenientUnknownAttribute_comparesByConstantType() {
        JsonObject resource = json("{\"shoeSize\":42.0,\"nick\":\"Babs\",\"vip\":true,\"tags\":[\"a\",\"B\"]}");
        assertThat(Filter.parse("shoeSize eq 42").test(resource)).isTrue();
        assertThat(Filter.parse("shoeSize gt 41.5").test(resource)).isTrue();
        assertThat(Filter.parse("shoeSize co 4").test(resource)).isFalse();
        assertThat(Filter.parse("nick eq \"babs\"").test(resource)).isTrue();
        assertThat(Filter.parse("nick eq 1").test(resource)).isFalse();
        assertThat(Filter.parse("vip eq true").test(resource)).isTrue();
        assertThat(Filter.parse("tags eq \"b\"").test(resource)).isTrue();
        assertThat(Filter.parse("missing pr").test(resource)).isFalse();
    }

    @Test
    void test_presence_falseForNullEmptyArrayAndEmptyString() {
        assertThat(Filter.parse("title pr").test(json("{\"title\":null}"))).isFalse();
        assertThat(Filter.parse("title pr").test(json("{\"title\":\"\"}"))).isFalse();
        assertThat(Filter.parse("emails pr").test(json("{\"emails\":[]}"))).isFalse();
        assertThat(Filter.parse("emails pr").test(json("{\"emails\":[{}]}"))).isFalse();
        assertThat(Filter.parse("name pr").test(json("{\"name\":{}}"))).isFalse();
        assertThat(Filter.parse("title pr").test(json("{\"TITLE\":\"x\"}"))).isTrue();
    }

    @Test
    void test_enterpriseExtension_withAndWithoutUrn() {
        JsonObject user = json("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
                + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],\"userName\":\"bjensen\","
                + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"employeeNumber\":\"701984\","
                + "\"department\":\"Tour Operations\",\"manager\":{\"value\":\"26118915\",\"displayName\":\"John Smith\"}}}");
        assertThat(Filter.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"tour operations\"")
                .test(user)).isTrue();
        assertThat(Filter.parse("department sw \"Tour\"").test(user)).isTrue();
        assertThat(Filter.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"26118915\"")
                .test(user)).isTrue();
        assertThat(STRICT.test(Filter.parse("URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:EMPLOYEENUMBER pr"),
                user)).isTrue();
        assertThat(Filter.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter pr").test(user))
                .isFalse();
    }

    @Test
    void test_caseExactFollowsTheSchema() {
        JsonObject user = json("{\"id\":\"AbC\",\"userName\":\"AbC\",\"externalId\":\"AbC\"}");
        assertThat(STRICT.test(Filter.parse("userName eq \"abc\""), user)).isTrue();
        assertThat(STRICT.test(Filter.parse("id eq \"abc\""), user)).isFalse();
        assertThat(STRICT.test(Filter.parse("id eq \"AbC\""), user)).isTrue();
        assertThat(STRICT.test(Filter.parse("externalId sw \"ab\""), user)).isFalse();
        assertThat(STRICT.test(Filter.parse("userName sw \"ab\""), user)).isTrue();
    }

    @Test
    void test_dateTimeWithoutOffset_isUtc() {
        JsonObject user = json("{\"meta\":{\"lastModified\":\"2011-05-13T04:42:34\"}}");
        assertThat(Filter.parse("meta.lastModified eq \"2011-05-13T04:42:34Z\"").test(user)).isTrue();
        assertThat(Filter.parse("meta.lastModified co \"05-13\"").test(user)).isTrue();
        assertThat(Filter.parse("meta.lastModified gt \"2011-05-13T04:42:34Z\"")
                .test(json("{\"meta\":{\"lastModified\":\"not a date\"}}"))).isFalse();
    }

    @Test
    void testElement_usesTheAttributesSubAttributeDefinitions() {
        Filter work = Filter.parse("type eq \"WORK\" and value ew \"@B.com\"");
        assertThat(STRICT.testElement(work, EMAILS, json("{\"type\":\"work\",\"value\":\"a@b.com\"}"))).isTrue();
        assertThat(STRICT.testElement(work, EMAILS, json("{\"type\":\"home\",\"value\":\"a@b.com\"}"))).isFalse();
        CompiledFilter compiled = STRICT.compileElementFilter(Filter.parse("primary eq true"), EMAILS);
        assertThat(compiled.test(json("{\"primary\":true}"))).isTrue();
        assertThat(compiled.test(json("{}"))).isFalse();
        assertThat(compiled.filter()).isEqualTo(Filter.parse("primary eq true"));
    }

    @Test
    void testElement_unknownAttributeLenient_comparesByConstant() {
        assertThat(LENIENT.testElement(Filter.parse("type eq \"work\""), null, json("{\"type\":\"Work\"}"))).isTrue();
        assertThatThrownBy(() -> STRICT.compileElementFilter(Filter.parse("type eq \"work\""), null))
                .isInstanceOf(ScimException.class);
    }

    @Test
    void compile_reusedAcrossResources_givesIndependentResults() throws IOException {
        CompiledFilter filter = STRICT.compile(Filter.parse("emails[type eq \"work\"] and active eq true"), USER);
        assertThat(filter.test(EvaluationTableTest.fullUser())).isTrue();
        assertThat(filter.test(json("{\"emails\":[{\"type\":\"work\"}],\"active\":false}"))).isFalse();
        assertThat(filter.test(json("{\"emails\":{\"type\":\"work\"},\"active\":true}"))).isTrue();
        assertThat(filter.test(json("{\"emails\":\"work\",\"active\":true}"))).isFalse();
        assertThat(filter).hasToString("emails[type eq \"work\"] and active eq true");
    }

    @Test
    void test_groupResource_usesGroupSchema() {
        JsonObject group = json("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Tour Guides\",\"members\":[{\"value\":\"2819c223\",\"display\":\"Babs\"}]}");
        assertThat(STRICT.resourceTypeOf(group).name()).isEqualTo("Group");
        assertThat(STRICT.test(Filter.parse("members[value eq \"2819c223\"]"), group)).isTrue();
        assertThat(STRICT.test(Filter.parse("displayName eq \"tour guides\""), group)).isTrue();
        assertThatThrownBy(() -> STRICT.test(Filter.parse("userName pr"), group)).isInstanceOf(ScimException.class);
        assertThat(STRICT.resourceTypeOf(json("{}")).name()).isEqualTo("User");
    }

    @Test
    void test_numbersCompareNumerically() {
        ResourceType type = USER;
        FilterEvaluator evaluator = LENIENT;
        JsonObject resource = json("{\"n\":1.0,\"many\":[1,5,10]}");
        assertThat(evaluator.compile(Filter.parse("n eq 1"), type).test(resource)).isTrue();
        assertThat(evaluator.compile(Filter.parse("n ne 1.00"), type).test(resource)).isFalse();
        assertThat(evaluator.compile(Filter.parse("many gt 9"), type).test(resource)).isTrue();
        assertThat(evaluator.compile(Filter.parse("many lt 1"), type).test(resource)).isFalse();
        assertThat(evaluator.compile(Filter.parse("many le 1e0"), type).test(resource)).isTrue();
    }

    @Test
    void builder_validatesAndStatesDefaults() {
        assertThat(FilterEvaluator.builder().build().isStrict()).isFalse();
        assertThat(FilterEvaluator.builder().build().registry()).isSameAs(SchemaRegistry.defaults());
        assertThatThrownBy(() -> FilterEvaluator.builder().registry(null)).hasMessage("registry is null");
        assertThatThrownBy(() -> LENIENT.compile(null, USER)).hasMessage("filter is null");
        assertThatThrownBy(() -> LENIENT.compile(Filters.pr("a"), null)).hasMessage("type is null");
        assertThatThrownBy(() -> LENIENT.test(Filters.pr("a"), null)).hasMessage("resource is null");
        assertThatThrownBy(() -> LENIENT.compile(Filters.pr("a"), USER).test(null)).hasMessage("object is null");
    }
}
