package dev.scimkit.core;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * Zoom's licence, Zoom Phone and Contact Center extension of a {@link User}
 * ({@value SchemaRegistry#ZOOM_USER_LICENSE}).
 *
 * <p>Zoom adds fields to it every few months, so it is an open map: every member is kept as sent,
 * and {@link #string} / {@link #flag} read any of them by name (case-insensitively). The fields that
 * matter have typed accessors: the documented add-on licences ({@link #flag(ZoomLicenseFlag)}),
 * {@link #zoomUnited()}, {@link #zoomOneBizPlus()} and the Zoom Phone fields ({@link #phone()}).
 *
 * <p>Zoom accepts the Zoom Phone fields ({@code zoomPhone*}) on create but does not return them on
 * GET or in lists: see {@link ZoomPhone}.
 *
 * @param attributes the extension object as sent
 */
public record ZoomUserLicense(JsonObject attributes) {

    /**
     * Checks for null.
     *
     * @throws NullPointerException if {@code attributes} is null
     */
    public ZoomUserLicense {
        Objects.requireNonNull(attributes, "attributes is null");
    }

    /** @return an extension without members */
    public static ZoomUserLicense empty() {
        return new ZoomUserLicense(JsonValue.EMPTY_JSON_OBJECT);
    }

    /**
     * @param name an attribute name such as {@code pronouns}, in any case
     * @return its string value, empty when absent or not a string
     */
    public Optional<String> string(String name) {
        JsonValue value = AttributeNames.get(attributes, Objects.requireNonNull(name, "name is null"));
        return value instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
    }

    /**
     * @param name a licence flag such as {@code zoomWhiteboard}, in any case
     * @return its boolean value, empty when absent or not a boolean
     */
    public Optional<Boolean> flag(String name) {
        JsonValue value = AttributeNames.get(attributes, Objects.requireNonNull(name, "name is null"));
        if (value == JsonValue.TRUE) {
            return Optional.of(Boolean.TRUE);
        }
        return value == JsonValue.FALSE ? Optional.of(Boolean.FALSE) : Optional.empty();
    }

    /** @return the personal meeting link name ({@code personalLinkName}) */
    public Optional<String> personalLinkName() {
        return string("personalLinkName");
    }

    /** @return the pronouns ({@code pronouns}) */
    public Optional<String> pronouns() {
        return string("pronouns");
    }

    /**
     * @param name  the attribute name; replaces a member of the same name in any case
     * @param value the value
     * @return a copy with the member set
     */
    public ZoomUserLicense with(String name, JsonValue value) {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(value, "value is null");
        var builder = ScimJson.builders().createObjectBuilder();
        for (var entry : attributes.entrySet()) {
            if (!AttributeNames.same(entry.getKey(), name)) {
                builder.add(entry.getKey(), entry.getValue());
            }
        }
        return new ZoomUserLicense(builder.add(name, value).build());
    }

    /**
     * @param name  the attribute name
     * @param value the string value
     * @return a copy with the member set
     */
    public ZoomUserLicense with(String name, String value) {
        return with(name, ScimJson.provider().createValue(Objects.requireNonNull(value, "value is null")));
    }

    /**
     * @param name  the attribute name
     * @param value the boolean value
     * @return a copy with the member set
     */
    public ZoomUserLicense with(String name, boolean value) {
        return with(name, value ? JsonValue.TRUE : JsonValue.FALSE);
    }

    /**
     * @param flag a documented add-on licence
     * @return whether it is on, empty when absent or not a boolean
     */
    public Optional<Boolean> flag(ZoomLicenseFlag flag) {
        return flag(Objects.requireNonNull(flag, "flag is null").attributeName());
    }

    /**
     * @param flag  a documented add-on licence
     * @param value whether it is on
     * @return a copy with the licence set
     */
    public ZoomUserLicense with(ZoomLicenseFlag flag, boolean value) {
        return with(Objects.requireNonNull(flag, "flag is null").attributeName(), value);
    }

    /** @return the Zoom United plan ({@code zoomUnited}), a plan name string */
    public Optional<String> zoomUnited() {
        return string("zoomUnited");
    }

    /** @return the Zoom One Business Plus plan ({@code zoomOneBizPlus}), a plan name string */
    public Optional<String> zoomOneBizPlus() {
        return string("zoomOneBizPlus");
    }

    /**
     * The Zoom Phone fields present in this extension. Zoom does not return them on GET, so this is
     * empty for a user read from Zoom; it reflects what a request carries.
     *
     * @return the phone settings, empty when no {@code zoomPhone*} field is present
     * @throws ScimException 400 {@code invalidValue} if a present field is not in Zoom's documented format
     */
    public Optional<ZoomPhone> phone() {
        ZoomPhone phone = new ZoomPhone(text(ZoomPhone.EXT_NUMBER_ATTRIBUTE), text(ZoomPhone.SITE_ATTRIBUTE),
                text(ZoomPhone.CALLING_PLAN_ATTRIBUTE), text(ZoomPhone.NUMBER_ATTRIBUTE));
        return phone.isEmpty() ? Optional.empty() : Optional.of(phone);
    }

    /**
     * Sets the Zoom Phone fields that {@code phone} sets (as JSON strings); other members are kept.
     * Zoom applies them when the user is created and does not return them on GET.
     *
     * @param phone the phone settings
     * @return a copy with those fields set
     */
    public ZoomUserLicense withPhone(ZoomPhone phone) {
        Objects.requireNonNull(phone, "phone is null");
        ZoomUserLicense out = this;
        if (phone.extensionNumber() != null) {
            out = out.with(ZoomPhone.EXT_NUMBER_ATTRIBUTE, phone.extensionNumber());
        }
        if (phone.site() != null) {
            out = out.with(ZoomPhone.SITE_ATTRIBUTE, phone.site());
        }
        if (phone.callingPlan() != null) {
            out = out.with(ZoomPhone.CALLING_PLAN_ATTRIBUTE, phone.callingPlan());
        }
        if (phone.phoneNumber() != null) {
            out = out.with(ZoomPhone.NUMBER_ATTRIBUTE, phone.phoneNumber());
        }
        return out;
    }

    /** Reads a string or number member as text (Zoom's examples send the extension either way). */
    private String text(String name) {
        JsonValue value = AttributeNames.get(attributes, name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value instanceof jakarta.json.JsonNumber number ? number.toString() : null;
    }
}
