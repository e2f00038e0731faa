package dev.scimkit.client.provisioning;

import java.util.Map;

/**
 * The default attribute mappings identity providers ship for Zoom, as {@link AttributeMapping}s over
 * source records named the way each provider names its attributes. Extend one with
 * {@link AttributeMapping#builder()} when a tenant maps more.
 */
public final class Presets {

    /** The enterprise extension URN prefix used by the presets' department targets. */
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:";

    private Presets() {
    }

    /**
     * Microsoft Entra ID's Zoom gallery app: {@code userPrincipalName → userName},
     * {@code mail → emails[type eq "work"].value}, {@code givenName → name.givenName},
     * {@code surname → name.familyName}, {@code displayName → displayName},
     * {@code department → …enterprise:2.0:User:department}, {@code accountEnabled → active} and the
     * app role to {@code userType} ({@code Basic}, {@code Licensed}, {@code On Prem}; the retired
     * {@code Pro} and {@code Corp} roles as {@code Licensed} and {@code On-Prem}).
     *
     * @return the mapping; source attributes {@code userPrincipalName, mail, givenName, surname,
     *         displayName, department, accountEnabled, role}
     */
    public static AttributeMapping entraId() {
        return AttributeMapping.builder()
                .map("userPrincipalName", "userName")
                .map("mail", "emails[type eq \"work\"].value")
                .map("givenName", "name.givenName")
                .map("surname", "name.familyName")
                .map("displayName", "displayName")
                .map("department", ENTERPRISE + "department")
                .map("accountEnabled", "active", Transform.toBoolean())
                .map("role", "userType", Transform.lookup(Map.of(
                        "Basic", "Basic", "Licensed", "Licensed", "On Prem", "On-Prem", "On-Prem", "On-Prem",
                        "Pro", "Licensed", "Corp", "On-Prem")))
                .build();
    }

    /**
     * Okta's Zoom app: the Okta username (an email address) to {@code userName} and the work email,
     * {@code firstName → name.givenName}, {@code lastName → name.familyName}, {@code department} to
     * the enterprise department, and the "Zoom License Type" app attribute to {@code userType}.
     *
     * @return the mapping; source attributes {@code userName, firstName, lastName, department,
     *         licenseType}
     */
    public static AttributeMapping okta() {
        return AttributeMapping.builder()
                .map("userName", "userName")
                .map("userName", "emails[type eq \"work\"].value")
                .map("firstName", "name.givenName")
                .map("lastName", "name.familyName")
                .map("department", ENTERPRISE + "department")
                .map("licenseType", "userType", Transform.lookup(Map.of(
                        "Basic", "Basic", "Licensed", "Licensed", "On-Prem", "On-Prem", "On-Premise", "On-Prem")))
                .build();
    }

    /**
     * Google Workspace auto-provisioning: primary email to {@code userName} and the work email, first
     * and last name to {@code name}, {@code department} to the enterprise department; a suspended
     * Google user is deactivated in Zoom.
     *
     * @return the mapping; source attributes {@code primaryEmail, givenName, familyName, department,
     *         suspended}
     */
    public static AttributeMapping googleWorkspace() {
        return AttributeMapping.builder()
                .map("primaryEmail", "userName")
                .map("primaryEmail", "emails[type eq \"work\"].value")
                .map("givenName", "name.givenName")
                .map("familyName", "name.familyName")
                .map("department", ENTERPRISE + "department")
                .map("suspended", "active", Transform.not())
                .build();
    }
}
