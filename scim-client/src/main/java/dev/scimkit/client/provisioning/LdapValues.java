package dev.scimkit.client.provisioning;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;

/** Turns LDAP attribute values into source record values: strings, GUIDs, Active Directory flags. */
final class LdapValues {

    /** userAccountControl's ACCOUNTDISABLE flag (MS-ADTS 2.2.16). */
    private static final int ACCOUNT_DISABLE = 0x2;

    private LdapValues() {
    }

    /**
     * @param attribute the attribute, or {@code null}
     * @param guid      whether binary values are Active Directory GUIDs
     * @return a string for one value, an array for several, {@code null} for none
     * @throws NamingException if reading the values fails
     */
    static JsonValue toJson(Attribute attribute, boolean guid) throws NamingException {
        List<String> values = strings(attribute, guid);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() == 1) {
            return ScimJson.provider().createValue(values.get(0));
        }
        JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    /**
     * @param attribute the attribute, or {@code null}
     * @param guid      whether binary values are Active Directory GUIDs
     * @return its values as text: binary values as a GUID string or base64; blank values left out
     * @throws NamingException if reading the values fails
     */
    static List<String> strings(Attribute attribute, boolean guid) throws NamingException {
        List<String> values = new ArrayList<>();
        if (attribute == null) {
            return values;
        }
        NamingEnumeration<?> all = attribute.getAll();
        try {
            while (all.hasMore()) {
                Object value = all.next();
                String text = value instanceof byte[] bytes
                        ? guid && bytes.length == 16 ? guidString(bytes) : Base64.getEncoder().encodeToString(bytes)
                        : String.valueOf(value);
                if (!text.isBlank()) {
                    values.add(text);
                }
            }
        } finally {
            all.close();
        }
        return values;
    }

    /**
     * Active Directory stores a GUID's first three fields little-endian: bytes
     * {@code 33 22 11 00 55 44 77 66 88 99 aa bb cc dd ee ff} are the GUID
     * {@code 00112233-4455-6677-8899-aabbccddeeff}, the form AD tools show.
     *
     * @param bytes 16 bytes of {@code objectGUID}
     * @return the GUID in lower-case 8-4-4-4-12 form
     */
    static String guidString(byte[] bytes) {
        byte[] ordered = {bytes[3], bytes[2], bytes[1], bytes[0], bytes[5], bytes[4], bytes[7], bytes[6], bytes[8],
            bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]};
        String hex = HexFormat.of().formatHex(ordered);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /**
     * @param userAccountControl the attribute's decimal text
     * @return whether the ACCOUNTDISABLE flag is clear
     * @throws NumberFormatException if it is not a 32-bit integer
     */
    static boolean accountEnabled(String userAccountControl) {
        long flags = Long.parseLong(userAccountControl.strip());
        if (flags < Integer.MIN_VALUE || flags > 0xFFFFFFFFL) {
            throw new NumberFormatException("out of 32-bit range: " + userAccountControl);
        }
        return (flags & ACCOUNT_DISABLE) == 0;
    }
}
