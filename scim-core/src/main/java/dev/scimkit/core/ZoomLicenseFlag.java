package dev.scimkit.core;

/**
 * The boolean add-on licences of Zoom's {@code urn:ietf:params:scim:schemas:extension:zoom:1.0:User}
 * extension that Zoom documents in its SCIM user schema. Zoom adds more every few months; those are
 * still readable and writable by name through {@link ZoomUserLicense#flag(String)} and
 * {@link ZoomUserLicense#with(String, boolean)}, and survive a round trip.
 */
public enum ZoomLicenseFlag {

    /** Zoom IQ ({@code zoomIQ}). */
    ZOOM_IQ("zoomIQ"),
    /** Customer managed key ({@code zoomCustomerManagedKey}). */
    ZOOM_CUSTOMER_MANAGED_KEY("zoomCustomerManagedKey"),
    /** Zoom Whiteboard ({@code zoomWhiteboard}). */
    ZOOM_WHITEBOARD("zoomWhiteboard"),
    /** Zoom Whiteboard Plus ({@code zoomWhiteboardPlus}). */
    ZOOM_WHITEBOARD_PLUS("zoomWhiteboardPlus"),
    /** Translated captions ({@code zoomTranslatedCaptions}). */
    ZOOM_TRANSLATED_CAPTIONS("zoomTranslatedCaptions"),
    /** Zoom Huddles ({@code zoomHuddles}). */
    ZOOM_HUDDLES("zoomHuddles");

    private final String attributeName;

    ZoomLicenseFlag(String attributeName) {
        this.attributeName = attributeName;
    }

    /** @return the attribute name in the {@code zoom:1.0:User} extension, e.g. {@code zoomWhiteboard} */
    public String attributeName() {
        return attributeName;
    }
}
