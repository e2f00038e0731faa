package dev.scimkit.core.internal;

import dev.scimkit.core.Address;
import dev.scimkit.core.Email;
import dev.scimkit.core.EnterpriseUser;
import dev.scimkit.core.Group;
import dev.scimkit.core.GroupMembership;
import dev.scimkit.core.Member;
import dev.scimkit.core.Meta;
import dev.scimkit.core.MultiValue;
import dev.scimkit.core.Name;
import dev.scimkit.core.PhoneNumber;
import dev.scimkit.core.Role;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.User;
import dev.scimkit.core.ZoomGroup;
import dev.scimkit.core.ZoomUser;
import dev.scimkit.core.ZoomUserLicense;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@link User} and {@link Group} straight from JSON-P parser events and writes them to a
 * {@link JsonSink}: the single codec behind {@code fromJson}, {@code parse}, {@code toJson} and
 * {@code toJsonString}.
 */
public final class ResourceCodec {

    /** The User extensions the model types. */
    public static final List<String> USER_EXTENSIONS = List.of(
            SchemaRegistry.ENTERPRISE_USER, SchemaRegistry.ZOOM_USER, SchemaRegistry.ZOOM_USER_LICENSE);
    /** The Group extensions the model types. */
    public static final List<String> GROUP_EXTENSIONS = List.of(SchemaRegistry.ZOOM_GROUP);

    private enum UserField {
        SCHEMAS("schemas"), ID("id"), EXTERNAL_ID("externalId"), META("meta"), USER_NAME("userName"), NAME("name"),
        DISPLAY_NAME("displayName"), NICK_NAME("nickName"), PROFILE_URL("profileUrl"), TITLE("title"),
        USER_TYPE("userType"), PREFERRED_LANGUAGE("preferredLanguage"), LOCALE("locale"), TIMEZONE("timezone"),
        ACTIVE("active"), PASSWORD("password"), EMAILS("emails"), PHONE_NUMBERS("phoneNumbers"), IMS("ims"),
        PHOTOS("photos"), ADDRESSES("addresses"), GROUPS("groups"), ENTITLEMENTS("entitlements"), ROLES("roles"),
        X509_CERTIFICATES("x509Certificates");

        private final String scimName;

        UserField(String scimName) {
            this.scimName = scimName;
        }
    }

    private enum GroupField {
        SCHEMAS("schemas"), ID("id"), EXTERNAL_ID("externalId"), META("meta"), DISPLAY_NAME("displayName"),
        MEMBERS("members");

        private final String scimName;

        GroupField(String scimName) {
            this.scimName = scimName;
        }
    }

    private static final Map<String, UserField> USER_FIELDS = new HashMap<>();
    private static final Map<String, GroupField> GROUP_FIELDS = new HashMap<>();

    static {
        for (UserField field : UserField.values()) {
            USER_FIELDS.put(field.scimName, field);
            USER_FIELDS.put(AttributeNames.key(field.scimName), field);
        }
        for (GroupField field : GroupField.values()) {
            GROUP_FIELDS.put(field.scimName, field);
            GROUP_FIELDS.put(AttributeNames.key(field.scimName), field);
        }
    }

    private ResourceCodec() {
    }

    // ---------------------------------------------------------------- reading

    /**
     * @param c a cursor before the user's {@code START_OBJECT}
     * @return the user
     * @throws ScimException 400 for malformed JSON or a modelled attribute of the wrong type
     */
    public static User readUser(JsonCursor c) {
        expectObject(c, "User");
        User.Builder b = User.builder();
        long seen = 0;
        JsonObjectBuilder unknown = null;
        Map<String, JsonObject> extensions = null;
        Event e;
        while ((e = c.next()) == Event.KEY_NAME) {
            String key = c.string();
            Event v = c.next();
            UserField field = userField(key);
            if (field == null) {
                if (isUrn(key)) {
                    int known = knownIndex(key, USER_EXTENSIONS);
                    if (known >= 0) {
                        seen = once(c, seen, 40 + known, key);
                        switch (known) {
                            case 0 -> b.enterpriseUser(readEnterprise(c, v, key));
                            case 1 -> b.zoomUser(readZoomUser(c, v, key));
                            default -> b.zoomUserLicense(readLicense(c, v, key));
                        }
                        continue;
                    }
                    if (v == Event.START_OBJECT) {
                        extensions = addExtension(c, extensions, key, c.value(v).asJsonObject());
                        continue;
                    }
                }
                unknown = addUnknown(unknown, key, c.value(v));
                continue;
            }
            seen = once(c, seen, field.ordinal(), key);
            String path = field.scimName;
            switch (field) {
                case SCHEMAS -> b.schemas(readSchemas(c, v));
                case ID -> b.id(string(c, v, path));
                case EXTERNAL_ID -> b.externalId(string(c, v, path));
                case META -> b.meta(readMeta(c, v));
                case USER_NAME -> b.userName(string(c, v, path));
                case NAME -> b.name(readName(c, v));
                case DISPLAY_NAME -> b.displayName(string(c, v, path));
                case NICK_NAME -> b.nickName(string(c, v, path));
                case PROFILE_URL -> b.profileUrl(string(c, v, path));
                case TITLE -> b.title(string(c, v, path));
                case USER_TYPE -> b.userType(string(c, v, path));
                case PREFERRED_LANGUAGE -> b.preferredLanguage(string(c, v, path));
                case LOCALE -> b.locale(string(c, v, path));
                case TIMEZONE -> b.timezone(string(c, v, path));
                case ACTIVE -> b.active(bool(c, v, path));
                case PASSWORD -> b.password(string(c, v, path));
                case EMAILS -> b.emails(list(c, v, path, (cc, p) -> {
                    Plural s = readPlural(cc, p, false);
                    return new Email(s.value, s.display, s.type, s.primary, s.unknown());
                }));
                case PHONE_NUMBERS -> b.phoneNumbers(list(c, v, path, (cc, p) -> {
                    Plural s = readPlural(cc, p, false);
                    return new PhoneNumber(s.value, s.display, s.type, s.primary, s.unknown());
                }));
                case IMS -> b.ims(list(c, v, path, ResourceCodec::readMultiValue));
                case PHOTOS -> b.photos(list(c, v, path, ResourceCodec::readMultiValue));
                case ADDRESSES -> b.addresses(list(c, v, path, ResourceCodec::readAddress));
                case GROUPS -> b.groups(list(c, v, path, (cc, p) -> {
                    Plural s = readPlural(cc, p, true);
                    return new GroupMembership(s.value, s.ref, s.display, s.type, s.primary, s.unknown());
                }));
                case ENTITLEMENTS -> b.entitlements(list(c, v, path, ResourceCodec::readMultiValue));
                case ROLES -> b.roles(list(c, v, path, (cc, p) -> {
                    Plural s = readPlural(cc, p, false);
                    return new Role(s.value, s.display, s.type, s.primary, s.unknown());
                }));
                case X509_CERTIFICATES -> b.x509Certificates(list(c, v, path, ResourceCodec::readMultiValue));
                default -> throw new IllegalStateException(field.name());
            }
        }
        if (unknown != null) {
            b.unknownAttributes(unknown.build());
        }
        if (extensions != null) {
            extensions.forEach(b::extension);
        }
        return b.build();
    }

    /**
     * @param c a cursor before the group's {@code START_OBJECT}
     * @return the group
     * @throws ScimException 400 for malformed JSON or a modelled attribute of the wrong type
     */
    public static Group readGroup(JsonCursor c) {
        expectObject(c, "Group");
        Group.Builder b = Group.builder();
        long seen = 0;
        JsonObjectBuilder unknown = null;
        Map<String, JsonObject> extensions = null;
        while (c.next() == Event.KEY_NAME) {
            String key = c.string();
            Event v = c.next();
            GroupField field = GROUP_FIELDS.get(key);
            if (field == null) {
                field = GROUP_FIELDS.get(AttributeNames.key(key));
            }
            if (field == null) {
                if (isUrn(key)) {
                    if (knownIndex(key, GROUP_EXTENSIONS) >= 0) {
                        seen = once(c, seen, 40, key);
                        b.zoomGroup(readZoomGroup(c, v, key));
                        continue;
                    }
                    if (v == Event.START_OBJECT) {
                        extensions = addExtension(c, extensions, key, c.value(v).asJsonObject());
                        continue;
                    }
                }
                unknown = addUnknown(unknown, key, c.value(v));
                continue;
            }
            seen = once(c, seen, field.ordinal(), key);
            String path = field.scimName;
            switch (field) {
                case SCHEMAS -> b.schemas(readSchemas(c, v));
                case ID -> b.id(string(c, v, path));
                case EXTERNAL_ID -> b.externalId(string(c, v, path));
                case META -> b.meta(readMeta(c, v));
                case DISPLAY_NAME -> b.displayName(string(c, v, path));
                case MEMBERS -> b.members(list(c, v, path, (cc, p) -> {
                    Plural s = readPlural(cc, p, true);
                    JsonObject rest = s.unknown();
                    if (s.primary != null) {
                        rest = with(rest, "primary", s.primary ? JsonValue.TRUE : JsonValue.FALSE);
                    }
                    return new Member(s.value, s.ref, s.display, s.type, rest);
                }));
                default -> throw new IllegalStateException(field.name());
            }
        }
        if (unknown != null) {
            b.unknownAttributes(unknown.build());
        }
        if (extensions != null) {
            extensions.forEach(b::extension);
        }
        return b.build();
    }

    private static UserField userField(String key) {
        UserField field = USER_FIELDS.get(key);
        return field != null ? field : USER_FIELDS.get(AttributeNames.key(key));
    }

    private static void expectObject(JsonCursor c, String what) {
        Event first = c.next();
        if (first != Event.START_OBJECT) {
            throw ScimException.invalidSyntax("a " + what + " must be a JSON object but the document is "
                    + JsonCursor.describe(first));
        }
    }

    private static long once(JsonCursor c, long seen, int bit, String key) {
        long mask = 1L << bit;
        if ((seen & mask) != 0) {
            throw ScimException.invalidSyntax("attribute \"" + key
                    + "\" appears more than once (attribute names are case-insensitive)");
        }
        return seen | mask;
    }

    private static JsonObjectBuilder addUnknown(JsonObjectBuilder unknown, String key, JsonValue value) {
        JsonObjectBuilder builder = unknown == null ? ScimJson.builders().createObjectBuilder() : unknown;
        return builder.add(key, value);
    }

    private static Map<String, JsonObject> addExtension(JsonCursor c, Map<String, JsonObject> extensions,
                                                        String urn, JsonObject value) {
        Map<String, JsonObject> map = extensions == null ? new java.util.LinkedHashMap<>() : extensions;
        for (String existing : map.keySet()) {
            if (AttributeNames.same(existing, urn)) {
                throw ScimException.invalidSyntax("extension \"" + urn
                        + "\" appears more than once (schema URNs are case-insensitive)");
            }
        }
        map.put(urn, value);
        return map;
    }

    private static List<String> readSchemas(JsonCursor c, Event v) {
        switch (v) {
            case VALUE_NULL:
                return List.of();
            case VALUE_STRING:
                return List.of(c.string());
            case START_ARRAY:
                List<String> out = new ArrayList<>(4);
                Event e;
                int index = 0;
                while ((e = c.next()) != Event.END_ARRAY) {
                    if (e != Event.VALUE_STRING) {
                        throw c.invalidValue("schemas[" + index + "]", "must be a string but is "
                                + JsonCursor.describe(e));
                    }
                    out.add(c.string());
                    index++;
                }
                return out;
            default:
                throw c.invalidValue("schemas", "must be an array of URNs but is " + JsonCursor.describe(v));
        }
    }

    private static String string(JsonCursor c, Event v, String path) {
        if (v == Event.VALUE_STRING) {
            return c.string();
        }
        if (v == Event.VALUE_NULL) {
            return null;
        }
        throw c.invalidValue(path, "must be a string but is " + JsonCursor.describe(v));
    }

    private static Boolean bool(JsonCursor c, Event v, String path) {
        switch (v) {
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                String text = c.string();
                if ("true".equalsIgnoreCase(text)) {
                    return Boolean.TRUE;
                }
                if ("false".equalsIgnoreCase(text)) {
                    return Boolean.FALSE;
                }
                throw c.invalidValue(path, "must be a boolean but is the string \"" + text + "\"");
            default:
                throw c.invalidValue(path, "must be a boolean but is " + JsonCursor.describe(v));
        }
    }

    /** Reads one element of a multi-valued attribute; the cursor is just past its START_OBJECT. */
    @FunctionalInterface
    private interface ElementReader<T> {
        T read(JsonCursor c, String path);
    }

    private static <T> List<T> list(JsonCursor c, Event v, String path, ElementReader<T> reader) {
        switch (v) {
            case VALUE_NULL:
                return List.of();
            case START_OBJECT:
                return List.of(reader.read(c, path));
            case START_ARRAY:
                List<T> out = new ArrayList<>(4);
                Event e;
                while ((e = c.next()) != Event.END_ARRAY) {
                    String itemPath = path + "[" + out.size() + "]";
                    if (e != Event.START_OBJECT) {
                        throw c.invalidValue(itemPath, "must be an object but is " + JsonCursor.describe(e));
                    }
                    out.add(reader.read(c, itemPath));
                }
                return out;
            default:
                throw c.invalidValue(path, "must be an array of objects but is " + JsonCursor.describe(v));
        }
    }

    /** The shared {value, $ref, display, type, primary} shape of multi-valued attributes. */
    private static final class Plural {
        String value;
        String ref;
        String display;
        String type;
        Boolean primary;
        JsonObjectBuilder rest;

        JsonObject unknown() {
            return rest == null ? JsonValue.EMPTY_JSON_OBJECT : rest.build();
        }
    }

    private static Plural readPlural(JsonCursor c, String path, boolean withRef) {
        Plural s = new Plural();
        while (c.next() == Event.KEY_NAME) {
            String key = c.string();
            Event v = c.next();
            switch (AttributeNames.key(key)) {
                case "value" -> s.value = string(c, v, path + ".value");
                case "display" -> s.display = string(c, v, path + ".display");
                case "type" -> s.type = string(c, v, path + ".type");
                case "primary" -> s.primary = bool(c, v, path + ".primary");
                case "$ref" -> {
                    if (withRef) {
                        s.ref = string(c, v, path + ".$ref");
                    } else {
                        s.rest = addUnknown(s.rest, key, c.value(v));
                    }
                }
                default -> s.rest = addUnknown(s.rest, key, c.value(v));
            }
        }
        return s;
    }

    private static MultiValue readMultiValue(JsonCursor c, String path) {
        Plural s = readPlural(c, path, false);
        return new MultiValue(s.value, s.display, s.type, s.primary, s.unknown());
    }

    private static Address readAddress(JsonCursor c, String path) {
        String formatted = null;
        String street = null;
        String locality = null;
        String region = null;
        String postalCode = null;
        String country = null;
        String type = null;
        Boolean primary = null;
        JsonObjectBuilder rest = null;
        while (c.next() == Event.KEY_NAME) {
            String key = c.string();
            Event v = c.next();
            switch (AttributeNames.key(key)) {
                case "formatted" -> formatted = string(c, v, path + ".formatted");
                case "streetaddress" -> street = string(c, v, path + ".streetAddress");
                case "locality" -> locality = string(c, v, path + ".locality");
                case "region" -> region = string(c, v, path + ".region");
                case "postalcode" -> postalCode = string(c, v, path + ".postalCode");
                case "country" -> country = string(c, v, path + ".country");
                case "type" -> type = string(c, v, path + ".type");
                case "primary" -> primary = bool(c, v, path + ".primary");
                default -> rest = addUnknown(rest, key, c.value(v));
            }
        }
        return new Address(formatted, street, locality, region, postalCode, country, type, primary, build(rest));
    }

    private static Name readName(JsonCursor c, Event v) {
        if (v == Event.VALUE_NULL) {
            return null;
        }
        if (v != Event.START_OBJECT) {
            throw c.invalidValue("name", "must be an object but is " + JsonCursor.describe(v));
        }
        String formatted = null;
        String family = null;
        String given = null;
        String middle = null;
        String prefix = null;
        String suffix = null;
        JsonObjectBuilder rest = null;
        while (c.next() == Event.KEY_NAME) {
            String key = c.string();
            Event e = c.next();
            switch (AttributeNames.key(key)) {
                case "formatted" -> formatted = string(c, e, "name.formatted");
                case "familyname" -> family = string(c, e, "name.familyName");
                case "givenname" -> given = string(c, e, "name.givenName");
                case "middlename" -> middle = string(c, e, "name.middleName");
                case "honorificprefix" -> prefix = string(c, e, "name.honorificPrefix");
                case "honorificsuffix" -> suffix = string(c, e, "name.honorificSuffix");
                default -> rest = addUnknown(rest, key, c.value(e));
            }
        }
        return new Name(formatted, family, given, middle, prefix, suffix, build(rest));
    }

    private static Meta readMeta(JsonCursor c, Event v) {
        if (v == Event.VALUE_NULL) {
            return null;
        }
        if (v != Event.START_OBJECT) {
            throw c.invalidValue("meta", "must be an object but is " + JsonCursor.describe(v));
        }
        String resourceType = null;
        String created = null;
        String lastModified = null;
        String location = null;
        String version = null;
        JsonObjectBuilder rest = null;
        while (c.next() == Event.KEY_NAME) {
            String key = c.string();
            Event e = c.next();
            switch (AttributeNames.key(key)) {
                case "resourcetype" -> resourceType = string(c, e, "meta.resourceType");
                case "created" -> created = string(c, e, "meta.created");
                case "lastmodified" -> lastModified = string(c, e, "meta.lastModified");
                case "location" -> location = string(c, e, "meta.location");
                case "version" -> version = string(c, e, "meta.version");
                default -> rest = addUnknown(rest, key, c.value(e));
            }
        }
        return new Meta(resourceType, created, lastModified, location, version, build(rest));
    }

    private static void expectExtensionObject(JsonCursor c, Event v, String urn) {
        if (v != Event.START_OBJECT) {
            throw c.invalidValue(urn, "extension must be an object but is " + JsonCursor.describe(v));
        }
    }

    private static EnterpriseUser readEnterprise(JsonCursor c, Event v, String urn) {
        expectExtensionObject(c, v, urn);
        String employeeNumber = null;
        String costCenter = null;
        String organization = null;
        String division = null;
        String department = null;
        EnterpriseUser.Manager manager = null;
        JsonObjectBuilder rest = null;
        while (c.next() == Event.KEY_NAME) {
            String key = c.string();
            Event e = c.next();
            switch (AttributeNames.key(key)) {
                case "employeenumber" -> employeeNumber = string(c, e, urn + ":employeeNumber");
                case "costcenter" -> costCenter = string(c, e, urn + ":costCenter");
                case "organization" -> organization = string(c, e, urn + ":organization");
                case "division" -> division = string(c, e, urn + ":division");
                case "department" -> department = string(c, e, urn + ":department");
                case "manager" -> manager = readManager(c, e, urn + ":manager");
                default -> rest = addUnknown(rest, key, c.value(e));
            }
        }
        return new EnterpriseUser(employeeNumber, costCenter, organization, division, department, manager, build(rest));
    }

    private static EnterpriseUser.Manager readManager(JsonCursor c, Event v, String path) {
        if (v == Event.VALUE_NULL) {
            return null;
        }
        if (v == Event.VALUE_STRING) {
            return EnterpriseUser.Manager.ofString(c.string());
        }
        if (v != Event.START_OBJECT) {
            throw c.invalidValue(path, "must be an object or a string but is " + JsonCursor.describe(v));
        }
        String value = null;
        String ref = null;
        String displayName = null;
        JsonObjectBuilder rest = null;
        while (c.next() == Event.KEY_NAME) {
            String key = c.string();
            Event e = c.next();
            switch (AttributeNames.key(key)) {
                case "value" -> value = string(c, e, path + ".value");
                case "$ref" -> ref = string(c, e, path + ".$ref");
                case "displayname" -> displayName = string(c, e, path + ".displayName");
                default -> rest = addUnknown(rest, key, c.value(e));
            }
        }
        return new EnterpriseUser.Manager(value, ref, displayName, false, build(rest));
    }

    private static ZoomUser readZoomUser(JsonCursor c, Event v, String urn) {
        expectExtensionObject(c, v, urn);
        ZoomUser.LoginType loginType = null;
        JsonObjectBuilder rest = null;
        while (c.next() == Event.KEY_NAME) {
            String key = c.string();
            Event e = c.next();
            if (AttributeNames.same(key, "loginType")) {
                loginType = readLoginType(c, e, urn + ":loginType");
            } else {
                rest = addUnknown(rest, key, c.value(e));
            }
        }
        return new ZoomUser(loginType, build(rest));
    }

    private static ZoomUser.LoginType readLoginType(JsonCursor c, Event v, String path) {
        if (v == Event.VALUE_NULL) {
            return null;
        }
        if (v != Event.START_OBJECT) {
            throw c.invalidValue(path, "must be an object but is " + JsonCursor.describe(v));
        }
        Boolean workEmail = null;
        Boolean sso = null;
        JsonObjectBuilder rest = null;
        while (c.next() == Event.KEY_NAME) {
            String key = c.string();
            Event e = c.next();
            switch (AttributeNames.key(key)) {
                case "workemail" -> workEmail = bool(c, e, path + ".workEmail");
                case "sso" -> sso = bool(c, e, path + ".sso");
                default -> rest = addUnknown(rest, key, c.value(e));
            }
        }
        return new ZoomUser.LoginType(workEmail, sso, build(rest));
    }

    private static ZoomUserLicense readLicense(JsonCursor c, Event v, String urn) {
        expectExtensionObject(c, v, urn);
        return new ZoomUserLicense(c.value(v).asJsonObject());
    }

    private static ZoomGroup readZoomGroup(JsonCursor c, Event v, String urn) {
        expectExtensionObject(c, v, urn);
        String emailAlias = null;
        JsonObjectBuilder rest = null;
        while (c.next() == Event.KEY_NAME) {
            String key = c.string();
            Event e = c.next();
            if (AttributeNames.same(key, "emailAlias")) {
                emailAlias = string(c, e, urn + ":emailAlias");
            } else {
                rest = addUnknown(rest, key, c.value(e));
            }
        }
        return new ZoomGroup(emailAlias, build(rest));
    }

    private static JsonObject build(JsonObjectBuilder rest) {
        return rest == null ? JsonValue.EMPTY_JSON_OBJECT : rest.build();
    }

    private static JsonObject with(JsonObject object, String key, JsonValue value) {
        return ScimJson.builders().createObjectBuilder(object).add(key, value).build();
    }

    // ---------------------------------------------------------------- writing

    /**
     * @param user the user
     * @return its JSON object
     */
    public static JsonObject userToJson(User user) {
        JsonSink.TreeSink sink = JsonSink.tree();
        writeUser(user, sink);
        return sink.result();
    }

    /**
     * @param user the user
     * @return its compact JSON text
     */
    public static String userToString(User user) {
        JsonSink.TextSink sink = JsonSink.text();
        writeUser(user, sink);
        return sink.result();
    }

    /**
     * @param group the group
     * @return its JSON object
     */
    public static JsonObject groupToJson(Group group) {
        JsonSink.TreeSink sink = JsonSink.tree();
        writeGroup(group, sink);
        return sink.result();
    }

    /**
     * @param group the group
     * @return its compact JSON text
     */
    public static String groupToString(Group group) {
        JsonSink.TextSink sink = JsonSink.text();
        writeGroup(group, sink);
        return sink.result();
    }

    private static void writeUser(User u, JsonSink s) {
        s.startObject(null);
        writeSchemas(s, u.schemas());
        str(s, "id", u.id());
        str(s, "externalId", u.externalId());
        str(s, "userName", u.userName());
        Name name = u.name();
        if (name != null) {
            s.startObject("name");
            str(s, "formatted", name.formatted());
            str(s, "familyName", name.familyName());
            str(s, "givenName", name.givenName());
            str(s, "middleName", name.middleName());
            str(s, "honorificPrefix", name.honorificPrefix());
            str(s, "honorificSuffix", name.honorificSuffix());
            rest(s, name.unknownAttributes());
            s.end();
        }
        str(s, "displayName", u.displayName());
        str(s, "nickName", u.nickName());
        str(s, "profileUrl", u.profileUrl());
        str(s, "title", u.title());
        str(s, "userType", u.userType());
        str(s, "preferredLanguage", u.preferredLanguage());
        str(s, "locale", u.locale());
        str(s, "timezone", u.timezone());
        if (u.active() != null) {
            s.bool("active", u.active());
        }
        str(s, "password", u.password());
        if (!u.emails().isEmpty()) {
            s.startArray("emails");
            for (Email x : u.emails()) {
                plural(s, x.value(), null, x.display(), x.type(), x.primary(), x.unknownAttributes());
            }
            s.end();
        }
        if (!u.phoneNumbers().isEmpty()) {
            s.startArray("phoneNumbers");
            for (PhoneNumber x : u.phoneNumbers()) {
                plural(s, x.value(), null, x.display(), x.type(), x.primary(), x.unknownAttributes());
            }
            s.end();
        }
        multiValues(s, "ims", u.ims());
        multiValues(s, "photos", u.photos());
        if (!u.addresses().isEmpty()) {
            s.startArray("addresses");
            for (Address a : u.addresses()) {
                s.startObject(null);
                str(s, "formatted", a.formatted());
                str(s, "streetAddress", a.streetAddress());
                str(s, "locality", a.locality());
                str(s, "region", a.region());
                str(s, "postalCode", a.postalCode());
                str(s, "country", a.country());
                str(s, "type", a.type());
                if (a.primary() != null) {
                    s.bool("primary", a.primary());
                }
                rest(s, a.unknownAttributes());
                s.end();
            }
            s.end();
        }
        if (!u.groups().isEmpty()) {
            s.startArray("groups");
            for (GroupMembership g : u.groups()) {
                plural(s, g.value(), g.ref(), g.display(), g.type(), g.primary(), g.unknownAttributes());
            }
            s.end();
        }
        multiValues(s, "entitlements", u.entitlements());
        if (!u.roles().isEmpty()) {
            s.startArray("roles");
            for (Role x : u.roles()) {
                plural(s, x.value(), null, x.display(), x.type(), x.primary(), x.unknownAttributes());
            }
            s.end();
        }
        multiValues(s, "x509Certificates", u.x509Certificates());
        rest(s, u.unknownAttributes());
        EnterpriseUser ent = u.enterpriseUser();
        if (ent != null) {
            s.startObject(SchemaRegistry.ENTERPRISE_USER);
            str(s, "employeeNumber", ent.employeeNumber());
            str(s, "costCenter", ent.costCenter());
            str(s, "organization", ent.organization());
            str(s, "division", ent.division());
            str(s, "department", ent.department());
            EnterpriseUser.Manager m = ent.manager();
            if (m != null) {
                if (m.plainString()) {
                    s.string("manager", m.value());
                } else {
                    s.startObject("manager");
                    str(s, "value", m.value());
                    str(s, "$ref", m.ref());
                    str(s, "displayName", m.displayName());
                    rest(s, m.unknownAttributes());
                    s.end();
                }
            }
            rest(s, ent.unknownAttributes());
            s.end();
        }
        ZoomUser zoom = u.zoomUser();
        if (zoom != null) {
            s.startObject(SchemaRegistry.ZOOM_USER);
            ZoomUser.LoginType login = zoom.loginType();
            if (login != null) {
                s.startObject("loginType");
                if (login.workEmail() != null) {
                    s.bool("workEmail", login.workEmail());
                }
                if (login.sso() != null) {
                    s.bool("sso", login.sso());
                }
                rest(s, login.unknownAttributes());
                s.end();
            }
            rest(s, zoom.unknownAttributes());
            s.end();
        }
        if (u.zoomUserLicense() != null) {
            s.value(SchemaRegistry.ZOOM_USER_LICENSE, u.zoomUserLicense().attributes());
        }
        for (Map.Entry<String, JsonObject> extension : u.extensions().entrySet()) {
            s.value(extension.getKey(), extension.getValue());
        }
        writeMeta(s, u.meta());
        s.end();
    }

    private static void writeGroup(Group g, JsonSink s) {
        s.startObject(null);
        writeSchemas(s, g.schemas());
        str(s, "id", g.id());
        str(s, "externalId", g.externalId());
        str(s, "displayName", g.displayName());
        if (!g.members().isEmpty()) {
            s.startArray("members");
            for (Member m : g.members()) {
                s.startObject(null);
                str(s, "value", m.value());
                str(s, "$ref", m.ref());
                str(s, "display", m.display());
                str(s, "type", m.type());
                rest(s, m.unknownAttributes());
                s.end();
            }
            s.end();
        }
        rest(s, g.unknownAttributes());
        ZoomGroup zoom = g.zoomGroup();
        if (zoom != null) {
            s.startObject(SchemaRegistry.ZOOM_GROUP);
            str(s, "emailAlias", zoom.emailAlias());
            rest(s, zoom.unknownAttributes());
            s.end();
        }
        for (Map.Entry<String, JsonObject> extension : g.extensions().entrySet()) {
            s.value(extension.getKey(), extension.getValue());
        }
        writeMeta(s, g.meta());
        s.end();
    }

    private static void writeSchemas(JsonSink s, List<String> schemas) {
        s.startArray("schemas");
        for (String urn : schemas) {
            s.string(null, urn);
        }
        s.end();
    }

    private static void writeMeta(JsonSink s, Meta meta) {
        if (meta == null) {
            return;
        }
        s.startObject("meta");
        str(s, "resourceType", meta.resourceType());
        str(s, "created", meta.created());
        str(s, "lastModified", meta.lastModified());
        str(s, "location", meta.location());
        str(s, "version", meta.version());
        rest(s, meta.unknownAttributes());
        s.end();
    }

    private static void multiValues(JsonSink s, String key, List<MultiValue> values) {
        if (values.isEmpty()) {
            return;
        }
        s.startArray(key);
        for (MultiValue x : values) {
            plural(s, x.value(), null, x.display(), x.type(), x.primary(), x.unknownAttributes());
        }
        s.end();
    }

    private static void plural(JsonSink s, String value, String ref, String display, String type, Boolean primary,
                               JsonObject unknown) {
        s.startObject(null);
        str(s, "value", value);
        str(s, "$ref", ref);
        str(s, "display", display);
        str(s, "type", type);
        if (primary != null) {
            s.bool("primary", primary);
        }
        rest(s, unknown);
        s.end();
    }

    private static void str(JsonSink s, String key, String value) {
        if (value != null) {
            s.string(key, value);
        }
    }

    private static void rest(JsonSink s, JsonObject unknown) {
        if (!unknown.isEmpty()) {
            for (Map.Entry<String, JsonValue> entry : unknown.entrySet()) {
                s.value(entry.getKey(), entry.getValue());
            }
        }
    }

    // ---------------------------------------------------------------- builder support

    /**
     * @param key a member name
     * @return whether it looks like a schema URN ({@code urn:} in any case)
     */
    public static boolean isUrn(String key) {
        return key.length() > 4 && key.regionMatches(true, 0, "urn:", 0, 4);
    }

    private static int knownIndex(String urn, List<String> known) {
        for (int i = 0; i < known.size(); i++) {
            if (AttributeNames.same(urn, known.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The {@code schemas} a resource holds: the given URNs in order, the core URN first if missing, then
     * the URNs of present extensions if missing.
     *
     * @param given      the URNs as given
     * @param core       the core schema URN
     * @param extensions the URNs of extensions present
     * @return the completed list
     */
    public static List<String> completeSchemas(List<String> given, String core, List<String> extensions) {
        List<String> out = new ArrayList<>(given.size() + 1 + extensions.size());
        if (knownIndex(core, given) < 0) {
            out.add(core);
        }
        out.addAll(given);
        for (String urn : extensions) {
            if (knownIndex(urn, out) < 0) {
                out.add(urn);
            }
        }
        return List.copyOf(out);
    }

    /**
     * @param value unknown core attributes for a user
     * @return the value, or the empty object for {@code null}
     * @throws IllegalArgumentException if a member is modelled or is an extension
     */
    public static JsonObject checkUnknownUserAttributes(JsonObject value) {
        if (value == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        for (Map.Entry<String, JsonValue> entry : value.entrySet()) {
            if (userField(entry.getKey()) != null) {
                throw new IllegalArgumentException("\"" + entry.getKey() + "\" is a modelled User attribute; "
                        + "set it through its builder method");
            }
            checkNotExtension(entry.getKey(), entry.getValue(), USER_EXTENSIONS);
        }
        return value;
    }

    /**
     * @param value unknown core attributes for a group
     * @return the value, or the empty object for {@code null}
     * @throws IllegalArgumentException if a member is modelled or is an extension
     */
    public static JsonObject checkUnknownGroupAttributes(JsonObject value) {
        if (value == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        for (Map.Entry<String, JsonValue> entry : value.entrySet()) {
            if (GROUP_FIELDS.containsKey(AttributeNames.key(entry.getKey()))) {
                throw new IllegalArgumentException("\"" + entry.getKey() + "\" is a modelled Group attribute; "
                        + "set it through its builder method");
            }
            checkNotExtension(entry.getKey(), entry.getValue(), GROUP_EXTENSIONS);
        }
        return value;
    }

    private static void checkNotExtension(String key, JsonValue value, List<String> known) {
        if (isUrn(key) && (knownIndex(key, known) >= 0 || value.getValueType() == JsonValue.ValueType.OBJECT)) {
            throw new IllegalArgumentException("\"" + key + "\" is an extension; set it through its builder method");
        }
    }

    /**
     * Sets or removes an unmodelled extension object.
     *
     * @param extensions the builder's map
     * @param urn        the extension URN
     * @param value      the object, or {@code null} to remove
     * @param known      the modelled extension URNs, which are refused
     * @throws IllegalArgumentException if the URN is modelled or not a URN
     */
    public static void putExtension(Map<String, JsonObject> extensions, String urn, JsonObject value,
                                    List<String> known) {
        java.util.Objects.requireNonNull(urn, "urn is null");
        if (!isUrn(urn)) {
            throw new IllegalArgumentException("extension URN must start with \"urn:\" but was \"" + urn + "\"");
        }
        if (knownIndex(urn, known) >= 0) {
            throw new IllegalArgumentException(urn + " is a modelled extension; set it through its builder method");
        }
        extensions.keySet().removeIf(existing -> AttributeNames.same(existing, urn));
        if (value != null) {
            extensions.put(urn, value);
        }
    }
}
