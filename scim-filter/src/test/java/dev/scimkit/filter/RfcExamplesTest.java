package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every filter and path example of RFC 7644 parses, prints canonically and reads back equal. */
class RfcExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // §3.4.2.2, the filter examples
            "userName eq \"bjensen\"",
            "name.familyName co \"O'Malley\"",
            "userName sw \"J\"",
            "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"",
            "title pr",
            "meta.lastModified gt \"2011-05-13T04:42:34Z\"",
            "meta.lastModified ge \"2011-05-13T04:42:34Z\"",
            "meta.lastModified lt \"2011-05-13T04:42:34Z\"",
            "meta.lastModified le \"2011-05-13T04:42:34Z\"",
            "title pr and userType eq \"Employee\"",
            "title pr or userType eq \"Intern\"",
            "schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"",
            "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")",
            "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\")",
            "userType eq \"Employee\" and (emails.type eq \"work\")",
            "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
            "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co \"@foo.com\"]",
            // §3.4.2.2 text: operators are case-insensitive
            "userName Eq \"john\"",
            // §3.4.2 and §3.4.3 request examples
            "displayName sw \"smith\"",
            "meta.resourceType eq \"User\"",
            "displayName eq \"Group A\"",
            "members[value eq \"2819c223-7f76-453a-919d-413861904646\"]",
            // RFC 7643 §8.7.1 / RFC 7644 §3.4.2.2 — references
            "members.$ref pr",
    })
    void parse_rfc7644Examples(String text) {
        Filter filter = Filter.parse(text);
        assertThat(Filter.parse(filter.toString())).isEqualTo(filter);
    }

    @Test
    void parse_rfcPrecedenceExample_nestsAsTheRfcSays() {
        Filter filter = Filter.parse(
                "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")");
        assertThat(filter).isEqualTo(Filters.and(
                Filters.eq("userType", "Employee"),
                Filters.or(Filters.co("emails", "example.com"), Filters.co("emails.value", "example.org"))));
    }

    @Test
    void parse_rfcValuePathExample_buildsValuePath() {
        Filter filter = Filter.parse("emails[type eq \"work\" and value co \"@example.com\"]");
        assertThat(filter).isEqualTo(new Filter.ValuePath(AttributePath.of("emails"), new Filter.And(
                new Filter.Comparison(AttributePath.of("type"), ComparisonOperator.EQ,
                        ScimJson.provider().createValue("work")),
                new Filter.Comparison(AttributePath.of("value"), ComparisonOperator.CO,
                        ScimJson.provider().createValue("@example.com")))));
    }

    @Test
    void parse_literalsCaseInsensitive_giveJsonConstants() {
        assertThat(((Filter.Comparison) Filter.parse("active eq TRUE")).value()).isEqualTo(JsonValue.TRUE);
        assertThat(((Filter.Comparison) Filter.parse("active eq False")).value()).isEqualTo(JsonValue.FALSE);
        assertThat(((Filter.Comparison) Filter.parse("manager eq Null")).value()).isEqualTo(JsonValue.NULL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // §3.5.2.1 - §3.5.2.3 PATCH paths
            "members",
            "members[value eq \"2819c223-7f76-453a-919d-413861904646\"]",
            "emails[type eq \"work\" and value ew \"example.com\"]",
            "addresses[type eq \"work\"]",
            "addresses[type eq \"work\"].streetAddress",
            "members[value eq \"2819c223-7f76-453a-919d-413861904646\"].displayName",
            "name.familyName",
            "meta.lastModified",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
    })
    void parsePatchPath_rfc7644Examples(String text) {
        PatchPath path = PatchPath.parse(text);
        assertThat(path.toString()).isEqualTo(text);
        assertThat(PatchPath.parse(path.toString())).isEqualTo(path);
    }
}
