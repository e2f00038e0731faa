package dev.scimkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaRegistryDefaultsTest {

    private final SchemaRegistry registry = SchemaRegistry.defaults();
    private final ResourceType user = registry.resourceType("User").orElseThrow();
    private final ResourceType group = registry.resourceType("group").orElseThrow();

    private ResolvedAttribute resolve(ResourceType type, String urn, String name, String sub) {
        return registry.resolve(type, urn, name, sub).orElseThrow(
                () -> new AssertionError("cannot resolve " + urn + ":" + name + "." + sub));
    }

    @Test
    void defaults_registersEverySchemaAndBothResourceTypes() {
        assertThat(registry.schemas()).extracting(Schema::id).containsExactly(
                SchemaRegistry.USER, SchemaRegistry.GROUP, SchemaRegistry.ENTERPRISE_USER,
                SchemaRegistry.ZOOM_USER, SchemaRegistry.ZOOM_USER_LICENSE, SchemaRegistry.ZOOM_GROUP);
        assertThat(user.endpoint()).isEqualTo("/Users");
        assertThat(user.schema()).isEqualTo(SchemaRegistry.USER);
        assertThat(user.extensions()).containsExactly(
                new ResourceType.Extension(SchemaRegistry.ENTERPRISE_USER, false),
                new ResourceType.Extension(SchemaRegistry.ZOOM_USER, false),
                new ResourceType.Extension(SchemaRegistry.ZOOM_USER_LICENSE, false));
        assertThat(group.endpoint()).isEqualTo("/Groups");
        assertThat(group.extensions()).containsExactly(new ResourceType.Extension(SchemaRegistry.ZOOM_GROUP, false));
    }

    @Test
    void defaults_coreUserHasEveryRfc7643Attribute() {
        Schema schema = registry.schema(SchemaRegistry.USER).orElseThrow();
        assertThat(schema.attributes()).extracting(Attribute::name).containsExactly(
                "userName", "name", "displayName", "nickName", "profileUrl", "title", "userType",
                "preferredLanguage", "locale", "timezone", "active", "password", "emails", "phoneNumbers",
                "ims", "photos", "addresses", "groups", "entitlements", "roles", "x509Certificates");
        assertThat(schema.attribute("name").orElseThrow().subAttributes()).extracting(Attribute::name)
                .containsExactly("formatted", "familyName", "givenName", "middleName", "honorificPrefix",
                        "honorificSuffix");
        assertThat(schema.attribute("addresses").orElseThrow().subAttributes()).extracting(Attribute::name)
                .containsExactly("formatted", "streetAddress", "locality", "region", "postalCode", "country",
                        "type", "primary");
    }

    @Test
    void resolve_userName_isRequiredCaseInsensitiveAndServerUnique() {
        Attribute userName = resolve(user, null, "USERNAME", null).attribute();
        assertThat(userName.name()).isEqualTo("userName");
        assertThat(userName.type()).isEqualTo(AttributeType.STRING);
        assertThat(userName.required()).isTrue();
        assertThat(userName.caseExact()).isFalse();
        assertThat(userName.uniqueness()).isEqualTo(Uniqueness.SERVER);
        assertThat(userName.mutability()).isEqualTo(Mutability.READ_WRITE);
    }

    @Test
    void resolve_id_isCommonCaseExactReadOnlyReturnedAlways() {
        ResolvedAttribute id = resolve(user, SchemaRegistry.USER, "id", null);
        assertThat(id.attribute().caseExact()).isTrue();
        assertThat(id.attribute().mutability()).isEqualTo(Mutability.READ_ONLY);
        assertThat(id.attribute().returned()).isEqualTo(Returned.ALWAYS);
        assertThat(id.extension()).isFalse();
        assertThat(resolve(group, null, "meta", "lastModified").attribute().type())
                .isEqualTo(AttributeType.DATE_TIME);
        assertThat(resolve(user, null, "externalId", null).attribute().caseExact()).isTrue();
    }

    @Test
    void resolve_commonAttributeUnderExtensionUrn_isEmpty() {
        assertThat(registry.resolve(user, SchemaRegistry.ENTERPRISE_USER, "id", null)).isEmpty();
    }

    @Test
    void resolve_emailsValue_isSubAttributeOfMultiValuedEmails() {
        ResolvedAttribute value = resolve(user, null, "emails", "VALUE");
        assertThat(value.attribute().name()).isEqualTo("value");
        assertThat(value.parent().multiValued()).isTrue();
        assertThat(resolve(user, null, "emails", "type").attribute().canonicalValues())
                .containsExactly("work", "home", "other");
    }

    @Test
    void resolve_enterpriseDepartmentWithOrWithoutUrn_isExtension() {
        ResolvedAttribute department = resolve(user, SchemaRegistry.ENTERPRISE_USER.toUpperCase(), "department", null);
        assertThat(department.extension()).isTrue();
        assertThat(department.schema().id()).isEqualTo(SchemaRegistry.ENTERPRISE_USER);
        assertThat(resolve(user, null, "department", null).schema().id()).isEqualTo(SchemaRegistry.ENTERPRISE_USER);
    }

    @Test
    void resolve_managerValue_isComplexManagerSubAttribute() {
        ResolvedAttribute value = resolve(user, SchemaRegistry.ENTERPRISE_USER, "manager", "value");
        assertThat(value.parent().isComplex()).isTrue();
        assertThat(value.parent().subAttributes()).extracting(Attribute::name)
                .containsExactly("value", "$ref", "displayName");
        assertThat(resolve(user, null, "manager", "$ref").attribute().referenceTypes()).containsExactly("User");
    }

    @Test
    void resolve_zoomExtensions_haveTheirAttributes() {
        assertThat(resolve(user, SchemaRegistry.ZOOM_USER, "loginType", "sso").attribute().type())
                .isEqualTo(AttributeType.BOOLEAN);
        assertThat(resolve(user, SchemaRegistry.ZOOM_USER_LICENSE, "zoomWhiteboard", null).attribute().type())
                .isEqualTo(AttributeType.BOOLEAN);
        assertThat(resolve(user, SchemaRegistry.ZOOM_USER_LICENSE, "zoomPhoneSite", null).attribute().returned())
                .isEqualTo(Returned.NEVER);
        assertThat(resolve(group, null, "emailAlias", null).schema().id()).isEqualTo(SchemaRegistry.ZOOM_GROUP);
    }

    @Test
    void resolve_userType_hasStrictZoomCanonicalValues() {
        Attribute userType = resolve(user, null, "userType", null).attribute();
        assertThat(userType.strictCanonicalValues()).isTrue();
        assertThat(userType.allowsValue("licensed")).isTrue();
        assertThat(userType.allowsValue("Collaboration")).isFalse();
        assertThat(resolve(user, null, "emails", "type").attribute().allowsValue("office")).isTrue();
    }

    @Test
    void resolve_groupsAndPassword_haveRfcMutability() {
        assertThat(resolve(user, null, "groups", null).attribute().mutability()).isEqualTo(Mutability.READ_ONLY);
        Attribute password = resolve(user, null, "password", null).attribute();
        assertThat(password.mutability()).isEqualTo(Mutability.WRITE_ONLY);
        assertThat(password.returned()).isEqualTo(Returned.NEVER);
        assertThat(resolve(group, null, "members", "value").attribute().mutability()).isEqualTo(Mutability.IMMUTABLE);
        assertThat(resolve(user, null, "x509Certificates", "value").attribute().type()).isEqualTo(AttributeType.BINARY);
    }

    @Test
    void resolve_unknownAttribute_isEmpty() {
        assertThat(registry.resolve(user, null, "shoeSize", null)).isEmpty();
        assertThat(registry.resolve(user, null, "name", "nickname")).isEmpty();
        assertThat(registry.resolve(group, null, "userName", null)).isEmpty();
    }

    @Test
    void commonAttributes_areIdExternalIdMeta() {
        assertThat(SchemaRegistry.commonAttributes()).extracting(Attribute::name)
                .isEqualTo(List.of("id", "externalId", "meta"));
    }
}
