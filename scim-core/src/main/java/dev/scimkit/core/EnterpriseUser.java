package dev.scimkit.core;

import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * The Enterprise User extension of a {@link User} (RFC 7643 §4.3,
 * {@value SchemaRegistry#ENTERPRISE_USER}).
 *
 * @param employeeNumber    the employee number, or {@code null}
 * @param costCenter        the cost center, or {@code null}
 * @param organization      the organization, or {@code null}
 * @param division          the division, or {@code null}
 * @param department        the department, or {@code null}
 * @param manager           the manager, or {@code null}
 * @param unknownAttributes attributes this model does not know (Zoom's custom attributes), kept verbatim
 */
public record EnterpriseUser(String employeeNumber, String costCenter, String organization, String division,
                             String department, Manager manager, JsonObject unknownAttributes) {

    /** Defaults {@code unknownAttributes} to the empty object. */
    public EnterpriseUser {
        unknownAttributes = unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : unknownAttributes;
    }

    /**
     * @param department the department
     * @return an extension holding only the department
     */
    public static EnterpriseUser ofDepartment(String department) {
        return new EnterpriseUser(null, null, null, null, department, null, null);
    }

    /**
     * A user's manager. RFC 7643 makes it a complex value {@code {value, $ref, displayName}}; Zoom
     * sends and accepts a plain string (the manager's email). Both are read, and
     * {@link #plainString()} remembers which form to write back.
     *
     * @param value             the manager's id (Zoom: email), or {@code null}
     * @param ref               the manager's URI ({@code $ref}), or {@code null}
     * @param displayName       the manager's display name, or {@code null}
     * @param plainString       whether the manager is written as a plain string (only {@code value})
     * @param unknownAttributes sub-attributes this model does not know, kept verbatim
     */
    public record Manager(String value, String ref, String displayName, boolean plainString,
                          JsonObject unknownAttributes) {

        /**
         * Defaults {@code unknownAttributes} to the empty object.
         *
         * @throws IllegalArgumentException if a plain-string manager has no value or has other parts
         */
        public Manager {
            unknownAttributes = unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : unknownAttributes;
            if (plainString && (value == null || ref != null || displayName != null || !unknownAttributes.isEmpty())) {
                throw new IllegalArgumentException("a plain-string manager has a value and nothing else");
            }
        }

        /**
         * @param value the manager's id or, for Zoom, email
         * @return a manager written in Zoom's plain-string form
         * @throws NullPointerException if {@code value} is null
         */
        public static Manager ofString(String value) {
            return new Manager(Objects.requireNonNull(value, "value is null"), null, null, true, null);
        }

        /**
         * @param value the manager's id
         * @return a manager written in RFC 7643's complex form {@code {"value": …}}
         * @throws NullPointerException if {@code value} is null
         */
        public static Manager of(String value) {
            return new Manager(Objects.requireNonNull(value, "value is null"), null, null, false, null);
        }
    }
}
