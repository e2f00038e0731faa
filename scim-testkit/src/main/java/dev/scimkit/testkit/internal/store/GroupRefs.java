package dev.scimkit.testkit.internal.store;

import dev.scimkit.core.json.ScimJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Edits a user's read-only {@code groups} attribute in its stored bytes, without parsing the user: a
 * membership change then costs a scan and a copy of that one user. The store writes a user's
 * {@code groups} as its last member before {@code meta}, each reference an object that starts with its
 * {@code value} (the group id), in group creation order; this class relies on that layout.
 */
final class GroupRefs {

    private static final byte[] GROUPS_KEY = "\"groups\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GROUPS_MEMBER = ",\"groups\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VALUE_START = "{\"value\":\"".getBytes(StandardCharsets.US_ASCII);

    private GroupRefs() {
    }

    /**
     * @param bytes      a stored user (coded)
     * @param bodyLength where its {@code ,"meta":} starts
     * @param groupId    the group whose reference changes
     * @param ref        the group's new reference (a coded JSON object), or {@code null} to remove it
     * @param order      the creation order of a group, by id
     * @param dictionary the coding of {@code bytes}
     * @return the user's coded JSON without {@code meta}, ending in its closing brace
     * @throws IllegalStateException if the bytes are not laid out as the store writes users
     */
    static byte[] withRef(byte[] bytes, int bodyLength, String groupId, byte[] ref, ToLongFunction<String> order,
                          Dictionary dictionary) {
        int groupsMember = -1;
        int arrayStart = -1;
        int at = JsonBytes.skipSpace(bytes, 1);
        int previousComma = -1;
        while (true) {
            int keyEnd = JsonBytes.stringEnd(bytes, at);
            int value = keyEnd < 0 ? -1 : JsonBytes.skipSpace(bytes, JsonBytes.skipSpace(bytes, keyEnd) + 1);
            int valueEnd = value < 0 ? -1 : JsonBytes.valueEnd(bytes, value);
            if (valueEnd < 0) {
                throw notLaidOut();
            }
            if (Arrays.equals(bytes, at, keyEnd, GROUPS_KEY, 0, GROUPS_KEY.length)) {
                groupsMember = previousComma;
                arrayStart = value;
            }
            int next = JsonBytes.skipSpace(bytes, valueEnd);
            if (next == bodyLength) {
                if (groupsMember >= 0 && valueEnd != bodyLength) {
                    throw notLaidOut();
                }
                break;
            }
            if (next > bodyLength || bytes[next] != ',') {
                throw notLaidOut();
            }
            previousComma = next;
            at = JsonBytes.skipSpace(bytes, next + 1);
        }
        List<Ref> refs = new ArrayList<>();
        if (arrayStart >= 0) {
            int element = JsonBytes.skipSpace(bytes, arrayStart + 1);
            while (bytes[element] != ']') {
                int end = JsonBytes.valueEnd(bytes, element);
                if (end < 0) {
                    throw notLaidOut();
                }
                String id = refId(bytes, element, end, dictionary);
                if (!id.equals(groupId)) {
                    refs.add(new Ref(id, order.applyAsLong(id), bytes, element, end));
                }
                element = JsonBytes.skipSpace(bytes, end);
                if (bytes[element] == ',') {
                    element = JsonBytes.skipSpace(bytes, element + 1);
                }
            }
        }
        if (ref != null) {
            refs.add(new Ref(groupId, order.applyAsLong(groupId), ref, 0, ref.length));
        }
        refs.sort(Comparator.comparingLong(Ref::order));
        int keep = groupsMember >= 0 ? groupsMember : bodyLength;
        ByteArrayOutputStream out = new ByteArrayOutputStream(keep + 64 + refs.size() * 128);
        out.write(bytes, 0, keep);
        if (!refs.isEmpty()) {
            out.writeBytes(GROUPS_MEMBER);
            for (int i = 0; i < refs.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                Ref each = refs.get(i);
                out.write(each.source(), each.start(), each.end() - each.start());
            }
            out.write(']');
        }
        out.write('}');
        return out.toByteArray();
    }

    /** @return the group id a reference starts with */
    private static String refId(byte[] bytes, int start, int end, Dictionary dictionary) {
        int from = start + VALUE_START.length;
        if (Arrays.equals(bytes, start, Math.min(from, end), VALUE_START, 0, VALUE_START.length)) {
            for (int i = from; i < end; i++) {
                if (bytes[i] == '"') {
                    return new String(bytes, from, i - from, StandardCharsets.UTF_8);
                }
                if (bytes[i] == '\\' || (bytes[i] & 0xFF) == 0xFF) {
                    break;   // escaped or coded: read it properly
                }
            }
        }
        return ScimJson.parseObject(dictionary.expand(Arrays.copyOfRange(bytes, start, end))).getString("value");
    }

    private static IllegalStateException notLaidOut() {
        return new IllegalStateException("a stored user is not laid out as the store writes users");
    }

    private record Ref(String id, long order, byte[] source, int start, int end) {
    }
}
