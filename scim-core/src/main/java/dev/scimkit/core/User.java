package dev.scimkit.core;

import dev.scimkit.core.internal.AttributeLookup;
import dev.scimkit.core.internal.ResourceCodec;
import dev.scimkit.core.internal.JsonCursor;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable SCIM User (RFC 7643 §4.1) with the Enterprise (§4.3) and Zoom extensions.
 *
 * <p>Reading is lenient the way real services need: attribute names and extension URNs match in
 * any case (RFC 7643 §2.1), {@code roles}, {@code groups} and the other multi-valued attributes may
 * be one object instead of an array (Zoom), {@code manager} may be a plain string (Zoom),
 * {@code schemas} may be a single string, and booleans may be the strings {@code "true"}/{@code "false"}.
 * Reading is lossless: attributes and extensions this model does not know are kept verbatim and
 * written back by {@link #toJson()}. A JSON {@code null} or empty array of a modelled attribute means
 * "unassigned" (RFC 7643 §2.5) and is not written back.
 *
 * <p>Nothing here checks required attributes or mutability: that is validation against a
 * {@link SchemaRegistry} (see {@link ResourceValidator}). Single-valued accessors return {@code null}
 * when the attribute is absent; multi-valued ones an empty list.
 *
 * <p>{@link #toString()} never shows the password.
 */
public final class User {

    private final List<String> schemas;
    private final String id;
    private final String externalId;
    private final Meta meta;
    private final String userName;
    private final Name name;
    private final String displayName;
    private final String nickName;
    private final String profileUrl;
    private final String title;
    private final String userType;
    private final String preferredLanguage;
    private final String locale;
    private final String timezone;
    private final Boolean active;
    private final String password;
    private final List<Email> emails;
    private final List<PhoneNumber> phoneNumbers;
    private final List<MultiValue> ims;
    private final List<MultiValue> photos;
    private final List<Address> addresses;
    private final List<GroupMembership> groups;
    private final List<MultiValue> entitlements;
    private final List<Role> roles;
    private final List<MultiValue> x509Certificates;
    private final EnterpriseUser enterpriseUser;
    private final ZoomUser zoomUser;
    private final ZoomUserLicense zoomUserLicense;
    private final JsonObject unknownAttributes;
    private final Map<String, JsonObject> extensions;

    private User(Builder b) {
        this.id = b.id;
        this.externalId = b.externalId;
        this.meta = b.meta;
        this.userName = b.userName;
        this.name = b.name;
        this.displayName = b.displayName;
        this.nickName = b.nickName;
        this.profileUrl = b.profileUrl;
        this.title = b.title;
        this.userType = b.userType;
        this.preferredLanguage = b.preferredLanguage;
        this.locale = b.locale;
        this.timezone = b.timezone;
        this.active = b.active;
        this.password = b.password;
        this.emails = List.copyOf(b.emails);
        this.phoneNumbers = List.copyOf(b.phoneNumbers);
        this.ims = List.copyOf(b.ims);
        this.photos = List.copyOf(b.photos);
        this.addresses = List.copyOf(b.addresses);
        this.groups = List.copyOf(b.groups);
        this.entitlements = List.copyOf(b.entitlements);
        this.roles = List.copyOf(b.roles);
        this.x509Certificates = List.copyOf(b.x509Certificates);
        this.enterpriseUser = b.enterpriseUser;
        this.zoomUser = b.zoomUser;
        this.zoomUserLicense = b.zoomUserLicense;
        this.unknownAttributes = b.unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : b.unknownAttributes;
        this.extensions = b.extensions.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(b.extensions));
        List<String> extensionUrns = new ArrayList<>(3 + extensions.size());
        if (enterpriseUser != null) {
            extensionUrns.add(SchemaRegistry.ENTERPRISE_USER);
        }
        if (zoomUser != null) {
            extensionUrns.add(SchemaRegistry.ZOOM_USER);
        }
        if (zoomUserLicense != null) {
            extensionUrns.add(SchemaRegistry.ZOOM_USER_LICENSE);
        }
        extensionUrns.addAll(extensions.keySet());
        this.schemas = ResourceCodec.completeSchemas(b.schemas, SchemaRegistry.USER, extensionUrns);
    }

    /** @return an empty builder; see {@link Builder} for defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding every value of this user, to derive a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.schemas = schemas;
        b.id = id;
        b.externalId = externalId;
        b.meta = meta;
        b.userName = userName;
        b.name = name;
        b.displayName = displayName;
        b.nickName = nickName;
        b.profileUrl = profileUrl;
        b.title = title;
        b.userType = userType;
        b.preferredLanguage = preferredLanguage;
        b.locale = locale;
        b.timezone = timezone;
        b.active = active;
        b.password = password;
        b.emails = new ArrayList<>(emails);
        b.phoneNumbers = new ArrayList<>(phoneNumbers);
        b.ims = new ArrayList<>(ims);
        b.photos = new ArrayList<>(photos);
        b.addresses = new ArrayList<>(addresses);
        b.groups = new ArrayList<>(groups);
        b.entitlements = new ArrayList<>(entitlements);
        b.roles = new ArrayList<>(roles);
        b.x509Certificates = new ArrayList<>(x509Certificates);
        b.enterpriseUser = enterpriseUser;
        b.zoomUser = zoomUser;
        b.zoomUserLicense = zoomUserLicense;
        b.unknownAttributes = unknownAttributes;
        b.extensions = new LinkedHashMap<>(extensions);
        return b;
    }

    /**
     * Reads a user from its SCIM JSON representation.
     *
     * @param json the representation
     * @return the user
     * @throws ScimException 400 {@code invalidValue} naming the attribute path when a modelled attribute
     *                       has the wrong JSON type; 400 {@code invalidSyntax} when an attribute repeats
     *                       or the object nests deeper than {@link JsonLimits#DEFAULT_MAX_DEPTH}
     */
    public static User fromJson(JsonObject json) {
        try (JsonCursor cursor = JsonCursor.of(json, JsonLimits.defaults())) {
            return ResourceCodec.readUser(cursor);
        }
    }

    /**
     * Reads a user straight from UTF-8 JSON, without building a {@link JsonObject} first, under
     * the default {@link JsonLimits}.
     *
     * @param utf8 the document
     * @return the user
     * @throws ScimException 400 {@code invalidSyntax} (with line, column and offset) if the bytes are
     *                       not one JSON object or nest too deep; 413 if too large; as
     *                       {@link #fromJson(JsonObject)} for attribute errors
     */
    public static User parse(byte[] utf8) {
        try (JsonCursor cursor = JsonCursor.of(utf8, JsonLimits.defaults())) {
            User user = ResourceCodec.readUser(cursor);
            cursor.expectEnd();
            return user;
        }
    }

    /**
     * Reads a user straight from JSON text under the default {@link JsonLimits}.
     *
     * @param json the document
     * @return the user
     * @throws ScimException as {@link #parse(byte[])}
     */
    public static User parse(String json) {
        try (JsonCursor cursor = JsonCursor.of(json, JsonLimits.defaults())) {
            User user = ResourceCodec.readUser(cursor);
            cursor.expectEnd();
            return user;
        }
    }

    /** @return the SCIM JSON representation, with every unknown attribute and extension kept */
    public JsonObject toJson() {
        return ResourceCodec.userToJson(this);
    }

    /** @return the SCIM JSON representation as compact text, written without building a {@link JsonObject} */
    public String toJsonString() {
        return ResourceCodec.userToString(this);
    }

    /**
     * Reads any attribute, modelled or not, by its path components (as split by scim-filter's
     * attribute path grammar), ignoring case.
     *
     * <p>Without a URN the core attributes are searched first, then each extension object. For a
     * sub-attribute of a multi-valued attribute the result is an array of the sub-attribute's values.
     *
     * @param schemaUrn    the schema URN prefix, or {@code null}
     * @param attribute    the attribute name
     * @param subAttribute the sub-attribute name, or {@code null}
     * @return the value, or empty when absent
     */
    public Optional<JsonValue> attribute(String schemaUrn, String attribute, String subAttribute) {
        return AttributeLookup.find(toJson(), SchemaRegistry.USER, schemaUrn, attribute, subAttribute);
    }

    /** @return the {@code schemas} URNs: the core User URN first, then at least every present extension */
    public List<String> schemas() {
        return schemas;
    }

    /** @return the service's id, or {@code null} */
    public String id() {
        return id;
    }

    /** @return the provisioning client's id ({@code externalId}; at Zoom the Zoom user id), or {@code null} */
    public String externalId() {
        return externalId;
    }

    /** @return the metadata, or {@code null} */
    public Meta meta() {
        return meta;
    }

    /** @return the user name (at Zoom the email), or {@code null} */
    public String userName() {
        return userName;
    }

    /** @return the name, or {@code null} */
    public Name name() {
        return name;
    }

    /** @return the display name, or {@code null} */
    public String displayName() {
        return displayName;
    }

    /** @return the nick name, or {@code null} */
    public String nickName() {
        return nickName;
    }

    /** @return the profile URL, or {@code null} */
    public String profileUrl() {
        return profileUrl;
    }

    /** @return the title, or {@code null} */
    public String title() {
        return title;
    }

    /** @return the user type (at Zoom {@code Basic}, {@code Licensed} or {@code On-Prem}), or {@code null} */
    public String userType() {
        return userType;
    }

    /**
     * @return Zoom's licence type read from {@link #userType()}, empty when {@code userType} is absent or
     *         not a value Zoom accepts (see {@link ZoomLicenseType#find})
     */
    public Optional<ZoomLicenseType> licenseType() {
        return userType == null ? Optional.empty() : ZoomLicenseType.find(userType);
    }

    /** @return the preferred language, or {@code null} */
    public String preferredLanguage() {
        return preferredLanguage;
    }

    /** @return the locale, or {@code null} */
    public String locale() {
        return locale;
    }

    /** @return the time zone, or {@code null} */
    public String timezone() {
        return timezone;
    }

    /** @return whether the user is active, or {@code null} when not stated */
    public Boolean active() {
        return active;
    }

    /** @return the password (write-only at the service), or {@code null}; never shown by {@link #toString()} */
    public String password() {
        return password;
    }

    /** @return the email addresses */
    public List<Email> emails() {
        return emails;
    }

    /**
     * @return the primary email's value, else the first email's, else empty
     */
    public Optional<String> primaryEmail() {
        for (Email email : emails) {
            if (email.isPrimary() && email.value() != null) {
                return Optional.of(email.value());
            }
        }
        return emails.stream().map(Email::value).filter(Objects::nonNull).findFirst();
    }

    /** @return the phone numbers */
    public List<PhoneNumber> phoneNumbers() {
        return phoneNumbers;
    }

    /** @return the instant messaging addresses */
    public List<MultiValue> ims() {
        return ims;
    }

    /** @return the photo URLs */
    public List<MultiValue> photos() {
        return photos;
    }

    /** @return the addresses */
    public List<Address> addresses() {
        return addresses;
    }

    /** @return the groups the user belongs to (set by the service) */
    public List<GroupMembership> groups() {
        return groups;
    }

    /** @return the entitlements */
    public List<MultiValue> entitlements() {
        return entitlements;
    }

    /** @return the roles */
    public List<Role> roles() {
        return roles;
    }

    /** @return the X.509 certificates (base64 DER in {@code value}) */
    public List<MultiValue> x509Certificates() {
        return x509Certificates;
    }

    /** @return the Enterprise User extension, or {@code null} */
    public EnterpriseUser enterpriseUser() {
        return enterpriseUser;
    }

    /** @return Zoom's {@code loginType} extension, or {@code null} */
    public ZoomUser zoomUser() {
        return zoomUser;
    }

    /** @return Zoom's licence/phone extension, or {@code null} */
    public ZoomUserLicense zoomUserLicense() {
        return zoomUserLicense;
    }

    /** @return core attributes this model does not know, as sent */
    public JsonObject unknownAttributes() {
        return unknownAttributes;
    }

    /** @return extension objects this model does not know, by URN as sent, in order */
    public Map<String, JsonObject> extensions() {
        return extensions;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof User u)) {
            return false;
        }
        return schemas.equals(u.schemas) && Objects.equals(id, u.id) && Objects.equals(externalId, u.externalId)
                && Objects.equals(meta, u.meta) && Objects.equals(userName, u.userName)
                && Objects.equals(name, u.name) && Objects.equals(displayName, u.displayName)
                && Objects.equals(nickName, u.nickName) && Objects.equals(profileUrl, u.profileUrl)
                && Objects.equals(title, u.title) && Objects.equals(userType, u.userType)
                && Objects.equals(preferredLanguage, u.preferredLanguage) && Objects.equals(locale, u.locale)
                && Objects.equals(timezone, u.timezone) && Objects.equals(active, u.active)
                && Objects.equals(password, u.password) && emails.equals(u.emails)
                && phoneNumbers.equals(u.phoneNumbers) && ims.equals(u.ims) && photos.equals(u.photos)
                && addresses.equals(u.addresses) && groups.equals(u.groups) && entitlements.equals(u.entitlements)
                && roles.equals(u.roles) && x509Certificates.equals(u.x509Certificates)
                && Objects.equals(enterpriseUser, u.enterpriseUser) && Objects.equals(zoomUser, u.zoomUser)
                && Objects.equals(zoomUserLicense, u.zoomUserLicense)
                && unknownAttributes.equals(u.unknownAttributes) && extensions.equals(u.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schemas, id, externalId, meta, userName, name, displayName, nickName, profileUrl, title,
                userType, preferredLanguage, locale, timezone, active, password, emails, phoneNumbers, ims, photos,
                addresses, groups, entitlements, roles, x509Certificates, enterpriseUser, zoomUser, zoomUserLicense,
                unknownAttributes, extensions);
    }

    /** @return id, userName and active; never the password */
    @Override
    public String toString() {
        return "User{id=" + id + ", userName=" + userName + ", active=" + active
                + (password == null ? "" : ", password=***") + "}";
    }

    /**
     * Builds a {@link User}. Every attribute defaults to absent ({@code null} or empty list); setting
     * {@code null} clears a single-valued attribute. {@code schemas} defaults to the core User URN plus
     * the URNs of the extensions present, and those URNs are always added if missing. Not thread-safe.
     */
    public static final class Builder {
        private List<String> schemas = List.of();
        private String id;
        private String externalId;
        private Meta meta;
        private String userName;
        private Name name;
        private String displayName;
        private String nickName;
        private String profileUrl;
        private String title;
        private String userType;
        private String preferredLanguage;
        private String locale;
        private String timezone;
        private Boolean active;
        private String password;
        private List<Email> emails = new ArrayList<>();
        private List<PhoneNumber> phoneNumbers = new ArrayList<>();
        private List<MultiValue> ims = new ArrayList<>();
        private List<MultiValue> photos = new ArrayList<>();
        private List<Address> addresses = new ArrayList<>();
        private List<GroupMembership> groups = new ArrayList<>();
        private List<MultiValue> entitlements = new ArrayList<>();
        private List<Role> roles = new ArrayList<>();
        private List<MultiValue> x509Certificates = new ArrayList<>();
        private EnterpriseUser enterpriseUser;
        private ZoomUser zoomUser;
        private ZoomUserLicense zoomUserLicense;
        private JsonObject unknownAttributes;
        private Map<String, JsonObject> extensions = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param value the {@code schemas} URNs (default: computed, see {@link Builder})
         * @return this
         * @throws NullPointerException if the list or an element is null
         */
        public Builder schemas(List<String> value) {
            this.schemas = List.copyOf(Objects.requireNonNull(value, "schemas is null"));
            return this;
        }

        /** @param value the id, or {@code null} @return this */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** @param value the external id, or {@code null} @return this */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** @param value the metadata, or {@code null} @return this */
        public Builder meta(Meta value) {
            this.meta = value;
            return this;
        }

        /** @param value the user name, or {@code null} @return this */
        public Builder userName(String value) {
            this.userName = value;
            return this;
        }

        /** @param value the name, or {@code null} @return this */
        public Builder name(Name value) {
            this.name = value;
            return this;
        }

        /** @param value the display name, or {@code null} @return this */
        public Builder displayName(String value) {
            this.displayName = value;
            return this;
        }

        /** @param value the nick name, or {@code null} @return this */
        public Builder nickName(String value) {
            this.nickName = value;
            return this;
        }

        /** @param value the profile URL, or {@code null} @return this */
        public Builder profileUrl(String value) {
            this.profileUrl = value;
            return this;
        }

        /** @param value the title, or {@code null} @return this */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** @param value the user type, or {@code null} @return this */
        public Builder userType(String value) {
            this.userType = value;
            return this;
        }

        /**
         * Sets {@code userType} to Zoom's value for the licence type ({@code Basic}, {@code Licensed} or
         * {@code On-Prem}).
         *
         * @param value the licence type
         * @return this
         * @throws NullPointerException if {@code value} is null (use {@code userType(null)} to clear)
         */
        public Builder licenseType(ZoomLicenseType value) {
            this.userType = Objects.requireNonNull(value, "value is null").value();
            return this;
        }

        /** @param value the preferred language, or {@code null} @return this */
        public Builder preferredLanguage(String value) {
            this.preferredLanguage = value;
            return this;
        }

        /** @param value the locale, or {@code null} @return this */
        public Builder locale(String value) {
            this.locale = value;
            return this;
        }

        /** @param value the time zone, or {@code null} @return this */
        public Builder timezone(String value) {
            this.timezone = value;
            return this;
        }

        /** @param value whether active, or {@code null} @return this */
        public Builder active(Boolean value) {
            this.active = value;
            return this;
        }

        /** @param value the password, or {@code null} @return this */
        public Builder password(String value) {
            this.password = value;
            return this;
        }

        /**
         * @param value the email addresses (default none)
         * @return this
         * @throws NullPointerException if the list or an element is null
         */
        public Builder emails(List<Email> value) {
            this.emails = copy(value, "emails");
            return this;
        }

        /**
         * @param value an email address to append
         * @return this
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addEmail(Email value) {
            this.emails.add(Objects.requireNonNull(value, "email is null"));
            return this;
        }

        /**
         * @param value the phone numbers (default none)
         * @return this
         * @throws NullPointerException if the list or an element is null
         */
        public Builder phoneNumbers(List<PhoneNumber> value) {
            this.phoneNumbers = copy(value, "phoneNumbers");
            return this;
        }

        /**
         * @param value the instant messaging addresses (default none)
         * @return this
         * @throws NullPointerException if the list or an element is null
         */
        public Builder ims(List<MultiValue> value) {
            this.ims = copy(value, "ims");
            return this;
        }

        /**
         * @param value the photos (default none)
         * @return this
         * @throws NullPointerException if the list or an element is null
         */
        public Builder photos(List<MultiValue> value) {
            this.photos = copy(value, "photos");
            return this;
        }

        /**
         * @param value the addresses (default none)
         * @return this
         * @throws NullPointerException if the list or an element is null
         */
        public Builder addresses(List<Address> value) {
            this.addresses = copy(value, "addresses");
            return this;
        }

        /**
         * @param value the group memberships (default none)
         * @return this
         * @throws NullPointerException if the list or an element is null
         */
        public Builder groups(List<GroupMembership> value) {
            this.groups = copy(value, "groups");
            return this;
        }

        /**
         * @param value the entitlements (default none)
         * @return this
         * @throws NullPointerException if the list or an element is null
         */
        public Builder entitlements(List<MultiValue> value) {
            this.entitlements = copy(value, "entitlements");
            return this;
        }

        /**
         * @param value the roles (default none)
         * @return this
         * @throws NullPointerException if the list or an element is null
         */
        public Builder roles(List<Role> value) {
            this.roles = copy(value, "roles");
            return this;
        }

        /**
         * @param value the X.509 certificates (default none)
         * @return this
         * @throws NullPointerException if the list or an element is null
         */
        public Builder x509Certificates(List<MultiValue> value) {
            this.x509Certificates = copy(value, "x509Certificates");
            return this;
        }

        /** @param value the Enterprise User extension, or {@code null} @return this */
        public Builder enterpriseUser(EnterpriseUser value) {
            this.enterpriseUser = value;
            return this;
        }

        /** @param value Zoom's {@code loginType} extension, or {@code null} @return this */
        public Builder zoomUser(ZoomUser value) {
            this.zoomUser = value;
            return this;
        }

        /** @param value Zoom's licence/phone extension, or {@code null} @return this */
        public Builder zoomUserLicense(ZoomUserLicense value) {
            this.zoomUserLicense = value;
            return this;
        }

        /**
         * @param value core attributes this model does not know (default none)
         * @return this
         * @throws IllegalArgumentException if a member is a modelled attribute or an extension URN
         */
        public Builder unknownAttributes(JsonObject value) {
            this.unknownAttributes = ResourceCodec.checkUnknownUserAttributes(value);
            return this;
        }

        /**
         * Sets an extension object this model does not know, replacing one with the same URN in any case.
         *
         * @param urn   the extension's schema URN
         * @param value the extension object, or {@code null} to remove it
         * @return this
         * @throws IllegalArgumentException if {@code urn} is a modelled extension or does not start with {@code urn:}
         */
        public Builder extension(String urn, JsonObject value) {
            ResourceCodec.putExtension(extensions, urn, value, ResourceCodec.USER_EXTENSIONS);
            return this;
        }

        /** @return the user */
        public User build() {
            return new User(this);
        }

        private static <T> List<T> copy(List<T> value, String what) {
            Objects.requireNonNull(value, what + " is null");
            List<T> out = new ArrayList<>(value.size());
            for (T item : value) {
                out.add(Objects.requireNonNull(item, what + " contains null"));
            }
            return out;
        }
    }
}
