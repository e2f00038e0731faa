package dev.scimkit.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The Zoom Phone provisioning fields of a user, sent in Zoom's
 * {@code urn:ietf:params:scim:schemas:extension:zoom:1.0:User} extension: {@code zoomPhoneExtNumber},
 * {@code zoomPhoneSite}, {@code zoomPhoneCallingPlan} and {@code zoomPhoneNumber}.
 *
 * <p><b>Write-only at Zoom:</b> Zoom accepts these fields when a user is created but does not return
 * them on {@code GET /Users/{id}} or in lists. A user read back from Zoom therefore has
 * {@link ZoomUserLicense#phone()} empty even when it was created with phone settings; compare against
 * what you sent, not against what GET returns.
 *
 * <p>Values are checked against Zoom's documented formats when set, and every field is optional:
 * <ul>
 *   <li>{@code extensionNumber}: digits only, 1 to 15 of them; {@code "0"} asks Zoom to pick a free
 *       extension ({@link Builder#autoAssignExtension()});</li>
 *   <li>{@code site}: the display name of a Zoom Phone site, not its id;</li>
 *   <li>{@code callingPlan}: a numeric calling-plan code, e.g. {@code 3000} for Zoom Phone Pro;</li>
 *   <li>{@code phoneNumber}: an unassigned number of the account in E.164 form, {@code +} and 7 to 15
 *       digits (spaces, hyphens, dots and parentheses are removed when set).</li>
 * </ul>
 *
 * <pre>{@code
 * ZoomPhone phone = ZoomPhone.builder().autoAssignExtension().site("Main Office").callingPlan("3000").build();
 * User user = User.builder().userName("jill@example.com")
 *         .zoomUserLicense(ZoomUserLicense.empty().withPhone(phone)).build();
 * }</pre>
 *
 * @param extensionNumber the extension, {@code "0"} for auto-assign, or {@code null}
 * @param site            the site display name, or {@code null}
 * @param callingPlan     the calling-plan code, or {@code null}
 * @param phoneNumber     the direct number in E.164 form, or {@code null}
 */
public record ZoomPhone(String extensionNumber, String site, String callingPlan, String phoneNumber) {

    /** The {@code zoomPhoneExtNumber} value that asks Zoom to assign an extension. */
    public static final String AUTO_ASSIGN_EXTENSION = "0";
    /** Attribute name of the extension number. */
    public static final String EXT_NUMBER_ATTRIBUTE = "zoomPhoneExtNumber";
    /** Attribute name of the site. */
    public static final String SITE_ATTRIBUTE = "zoomPhoneSite";
    /** Attribute name of the calling plan. */
    public static final String CALLING_PLAN_ATTRIBUTE = "zoomPhoneCallingPlan";
    /** Attribute name of the phone number. */
    public static final String NUMBER_ATTRIBUTE = "zoomPhoneNumber";

    /**
     * Validates every field that is set.
     *
     * @throws ScimException 400 {@code invalidValue} naming the attribute and the expected form
     */
    public ZoomPhone {
        extensionNumber = extensionNumber == null ? null : checkDigits(EXT_NUMBER_ATTRIBUTE, extensionNumber, 15,
                "digits (\"0\" asks Zoom to assign one)");
        if (site != null && site.isBlank()) {
            throw ScimException.invalidValue(SITE_ATTRIBUTE + ": must be the non-blank display name of a Zoom Phone site");
        }
        callingPlan = callingPlan == null ? null : checkDigits(CALLING_PLAN_ATTRIBUTE, callingPlan, 9,
                "a numeric calling-plan code such as 3000 (Zoom Phone Pro)");
        phoneNumber = phoneNumber == null ? null : e164(phoneNumber);
    }

    /** @return a builder with every field unset */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether the extension is {@code "0"}: Zoom assigns one */
    public boolean autoAssignsExtension() {
        return AUTO_ASSIGN_EXTENSION.equals(extensionNumber);
    }

    /** @return the extension number, when set */
    public Optional<String> extension() {
        return Optional.ofNullable(extensionNumber);
    }

    /** @return whether no field is set */
    public boolean isEmpty() {
        return extensionNumber == null && site == null && callingPlan == null && phoneNumber == null;
    }

    private static String checkDigits(String attribute, String value, int maxDigits, String expected) {
        String trimmed = value.strip();
        boolean digits = !trimmed.isEmpty() && trimmed.length() <= maxDigits;
        for (int i = 0; digits && i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            digits = c >= '0' && c <= '9';
        }
        if (!digits) {
            throw ScimException.invalidValue(attribute + ": \"" + value + "\" must be 1 to " + maxDigits + " "
                    + expected);
        }
        return trimmed;
    }

    private static String e164(String value) {
        StringBuilder digits = new StringBuilder();
        boolean valid = true;
        String trimmed = value.strip();
        for (int i = 0; i < trimmed.length() && valid; i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!(c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || (c == '+' && i == 0))) {
                valid = false;
            }
        }
        valid = valid && trimmed.startsWith("+") && digits.length() >= 7 && digits.length() <= 15
                && digits.charAt(0) != '0';
        if (!valid) {
            throw ScimException.invalidValue(NUMBER_ATTRIBUTE + ": \"" + value + "\" must be an E.164 number: '+', "
                    + "country code and 7 to 15 digits in all, e.g. +14155550123");
        }
        return "+" + digits;
    }

    /** Builds a {@link ZoomPhone}; each setter validates at once. Not thread-safe. Every field defaults to unset. */
    public static final class Builder {
        private String extensionNumber;
        private String site;
        private String callingPlan;
        private String phoneNumber;

        private Builder() {
        }

        /**
         * @param value the extension, digits only
         * @return this builder
         * @throws ScimException 400 {@code invalidValue} if not 1 to 15 digits
         */
        public Builder extensionNumber(String value) {
            this.extensionNumber = new ZoomPhone(Objects.requireNonNull(value, "value is null"), null, null, null)
                    .extensionNumber();
            return this;
        }

        /**
         * Asks Zoom to assign a free extension ({@code zoomPhoneExtNumber} {@code "0"}).
         *
         * @return this builder
         */
        public Builder autoAssignExtension() {
            this.extensionNumber = AUTO_ASSIGN_EXTENSION;
            return this;
        }

        /**
         * @param value the display name of a Zoom Phone site
         * @return this builder
         * @throws ScimException 400 {@code invalidValue} if blank
         */
        public Builder site(String value) {
            this.site = new ZoomPhone(null, Objects.requireNonNull(value, "value is null"), null, null).site();
            return this;
        }

        /**
         * @param value the numeric calling-plan code, e.g. {@code 3000}
         * @return this builder
         * @throws ScimException 400 {@code invalidValue} if not 1 to 9 digits
         */
        public Builder callingPlan(String value) {
            this.callingPlan = new ZoomPhone(null, null, Objects.requireNonNull(value, "value is null"), null)
                    .callingPlan();
            return this;
        }

        /**
         * @param value an unassigned number of the account, E.164 ({@code +14155550123}); separators are removed
         * @return this builder
         * @throws ScimException 400 {@code invalidValue} if not an E.164 number
         */
        public Builder phoneNumber(String value) {
            this.phoneNumber = new ZoomPhone(null, null, null, Objects.requireNonNull(value, "value is null"))
                    .phoneNumber();
            return this;
        }

        /** @return the phone settings */
        public ZoomPhone build() {
            return new ZoomPhone(extensionNumber, site, callingPlan, phoneNumber);
        }
    }
}
