package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AttributePath, attribute lists and PatchPath. */
class PathTest {

    @Test
    void parseAttributePath_plainName() {
        assertThat(AttributePath.parse("userName")).isEqualTo(new AttributePath(null, "userName", null));
    }

    @Test
    void parseAttributePath_subAttribute() {
        assertThat(AttributePath.parse("name.givenName")).isEqualTo(new AttributePath(null, "name", "givenName"));
    }

    @Test
    void parseAttributePath_coreUrnWithSubAttribute() {
        assertThat(AttributePath.parse("urn:ietf:params:scim:schemas:core:2.0:User:name.familyName"))
                .isEqualTo(new AttributePath("urn:ietf:params:scim:schemas:core:2.0:User", "name", "familyName"));
    }

    @Test
    void parseAttributePath_extensionUrn() {
        assertThat(AttributePath.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"))
                .isEqualTo(new AttributePath("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                        "department", null));
    }

    @Test
    void parseAttributePath_ref() {
        assertThat(AttributePath.parse("members.$ref")).isEqualTo(new AttributePath(null, "members", "$ref"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|unexpected end of input at position 0; expecting <attrPath>",
            "name.|unexpected '.' at position 4; expecting <EOF>",
            "name givenName|unexpected 'givenName' at position 5; expecting <EOF>",
            "eq|unexpected 'eq' at position 0; expecting <attrPath>",
            "userName eq \"x\"|unexpected 'eq' at position 9; expecting <EOF>",
            "a.b.c|unexpected '.c' at position 3; expecting <EOF>",
    })
    void parseAttributePath_invalid_isInvalidPath(String text, String detail) {
        assertThatThrownBy(() -> AttributePath.parse(text))
                .isInstanceOfSatisfying(FilterParseException.class, e -> {
                    assertThat(e.scimType()).isEqualTo("invalidPath");
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.detail()).isEqualTo(detail);
                });
    }

    @Test
    void parseList_attributesParameter() {
        assertThat(AttributePath.parseList("userName, name.givenName,emails ,"
                + "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value"))
                .containsExactly(AttributePath.of("userName"), new AttributePath(null, "name", "givenName"),
                        AttributePath.of("emails"), new AttributePath(
                                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "manager", "value"));
    }

    @Test
    void parseList_single() {
        assertThat(AttributePath.parseList("meta.lastModified"))
                .containsExactly(new AttributePath(null, "meta", "lastModified"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|unexpected end of input at position 0; expecting <attrPath>",
            "userName,|unexpected end of input at position 9; expecting <attrPath>",
            ",userName|unexpected ',' at position 0; expecting <attrPath>",
            "userName,,emails|unexpected ',' at position 9; expecting <attrPath>",
            "userName emails|unexpected 'emails' at position 9; expecting ',', <EOF>",
    })
    void parseList_invalid_isInvalidPath(String text, String detail) {
        assertThatThrownBy(() -> AttributePath.parseList(text))
                .isInstanceOfSatisfying(FilterParseException.class, e -> {
                    assertThat(e.scimType()).isEqualTo("invalidPath");
                    assertThat(e.detail()).isEqualTo(detail);
                });
    }

    @Test
    void parsePatchPath_attributeWithSubAttribute() {
        assertThat(PatchPath.parse("name.givenName"))
                .isEqualTo(new PatchPath(new AttributePath(null, "name", "givenName"), null, null));
    }

    @Test
    void parsePatchPath_valuePathWithSubAttribute() {
        assertThat(PatchPath.parse("emails[type eq \"work\"].value")).isEqualTo(new PatchPath(
                AttributePath.of("emails"), Filters.eq("type", "work"), "value"));
    }

    @Test
    void parsePatchPath_valuePathWithoutSubAttribute() {
        PatchPath path = PatchPath.parse("members[value eq \"2819c223\"]");
        assertThat(path.hasValueFilter()).isTrue();
        assertThat(path.valueFilter()).isEqualTo(Filters.eq("value", "2819c223"));
        assertThat(path.subAttribute()).isNull();
    }

    @Test
    void parsePatchPath_extensionAttribute() {
        PatchPath path = PatchPath.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department");
        assertThat(path.path().schemaUrn()).isEqualTo("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
        assertThat(path.path().name()).isEqualTo("department");
        assertThat(path.valueFilter()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|unexpected end of input at position 0; expecting <attrPath>",
            "emails[type eq \"work\"|unexpected end of input at position 21; expecting 'and', 'or', ']'",
            "emails[type eq \"work\"]value|unexpected 'value' at position 22; expecting <.subAttr>, <EOF>",
            "emails[type eq \"work\"].value.x|unexpected '.x' at position 28; expecting <EOF>",
            "emails[]|unexpected ']' at position 7; expecting 'not', '(', <attrPath>",
            "emails.value[type eq \"work\"]|value filter on 'emails.value' at position 0; a value path names the attribute without a sub-attribute, e.g. emails[type eq \"work\"]",
            "emails[type[value pr]]|nested value filter on 'type' at position 7 inside the value filter of 'emails'; value filters do not nest",
            "userName eq \"x\"|unexpected 'eq' at position 9; expecting '[', <EOF>",
    })
    void parsePatchPath_invalid_isInvalidPath(String text, String detail) {
        assertThatThrownBy(() -> PatchPath.parse(text))
                .isInstanceOfSatisfying(FilterParseException.class, e -> {
                    assertThat(e.scimType()).isEqualTo("invalidPath");
                    assertThat(e.detail()).isEqualTo(detail);
                });
    }

    @Test
    void attributePath_constructor_rejectsNamesThatWouldNotParseBack() {
        assertThatThrownBy(() -> new AttributePath(null, null, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("name is null");
        for (String bad : List.of("", "1a", "a b", "a.b", "a:b", "-a", "$x", "ä")) {
            assertThatThrownBy(() -> AttributePath.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new AttributePath("urn:", "a", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttributePath("urn:a::b", "a", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttributePath("x:a", "a", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttributePath(null, "a", "b c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attributePath_keywordAlone_isRejectedButFineWithUrnOrSubAttribute() {
        assertThatThrownBy(() -> AttributePath.of("eq")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keyword");
        AttributePath withSub = new AttributePath(null, "x", "eq");
        assertThat(AttributePath.parse(withSub.toString())).isEqualTo(withSub);
        AttributePath withUrn = new AttributePath("urn:a:b", "or", null);
        assertThat(AttributePath.parse(withUrn.toString())).isEqualTo(withUrn);
    }

    @Test
    void attributePath_helpers() {
        AttributePath path = AttributePath.parse("urn:a:b:name.givenName");
        assertThat(path.hasSubAttribute()).isTrue();
        assertThat(path.parent()).isEqualTo(new AttributePath("urn:a:b", "name", null));
        assertThat(path.parent().withSubAttribute("familyName").toString()).isEqualTo("urn:a:b:name.familyName");
    }

    @Test
    void patchPath_constructor_rejectsInconsistentParts() {
        assertThatThrownBy(() -> new PatchPath(null, null, null)).hasMessage("path is null");
        assertThatThrownBy(() -> new PatchPath(AttributePath.of("emails"), null, "value"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a valueFilter");
        assertThatThrownBy(() -> new PatchPath(AttributePath.parse("emails.value"), Filters.pr("type"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PatchPath(AttributePath.of("emails"), Filters.pr("type"), "a b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
