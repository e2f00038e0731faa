package dev.scimkit.testkit.internal.endpoint;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a ListResponse (RFC 7644 §3.4.2) by splicing already serialised items, so that list
 * requests reuse the items' cached views instead of re-serialising them.
 */
final class ListResponses {

    private static final byte[] HEAD = ("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],"
            + "\"totalResults\":").getBytes(StandardCharsets.US_ASCII);

    private ListResponses() {
    }

    /**
     * @param totalResults how many resources match in all
     * @param startIndex   the 1-based index of the first item
     * @param items        the serialised items of this page
     * @return the ListResponse document
     */
    static byte[] write(int totalResults, int startIndex, List<byte[]> items) {
        int size = HEAD.length + 80;
        for (byte[] item : items) {
            size += item.length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(HEAD);
        out.writeBytes((totalResults + ",\"startIndex\":" + startIndex + ",\"itemsPerPage\":" + items.size()
                + ",\"Resources\":[").getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(items.get(i));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
