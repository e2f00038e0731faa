package dev.scimkit.testkit.internal.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Shortens stored JSON by replacing the strings every resource repeats (schema URNs, which a Zoom user
 * carries seven times, and the {@code meta.location} prefix) with two-byte codes, and restores them on
 * the way out. A code is {@code 0xFF} followed by a byte from {@code 0x80} to {@code 0xBF}: {@code 0xFF}
 * never occurs in UTF-8, and neither byte is a quote, a backslash or JSON punctuation, so compressed
 * documents keep their structure byte for byte (what {@link ViewSlices} walks).
 *
 * <p>Only whole string contents are replaced ({@code "urn:…:User"}), or the start of one for prefix
 * entries ({@code "http://…/Users/}id{@code "}), so equal strings are always coded alike wherever they
 * stand. Immutable and thread-safe.
 */
final class Dictionary {

    private static final int MARK = 0xFF;
    private static final int FIRST_CODE = 0x80;
    private static final int MAX_ENTRIES = 0x40;

    private final byte[][] entries;
    private final boolean[] prefix;
    /** Entry indexes, longest first, so that one entry that starts another never hides it. */
    private final Integer[] matchOrder;

    /**
     * @param whole    strings replaced when they are a string's whole content
     * @param prefixes strings replaced when a string starts with them
     */
    Dictionary(List<String> whole, List<String> prefixes) {
        int size = whole.size() + prefixes.size();
        if (size > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " entries but got " + size);
        }
        entries = new byte[size][];
        prefix = new boolean[size];
        for (int i = 0; i < size; i++) {
            String text = i < whole.size() ? whole.get(i) : prefixes.get(i - whole.size());
            if (text.length() < 2 || text.indexOf('"') >= 0 || text.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("an entry must be at least 2 characters, without quotes and "
                        + "backslashes, but was: " + text);
            }
            entries[i] = text.getBytes(StandardCharsets.UTF_8);
            prefix[i] = i >= whole.size();
        }
        matchOrder = new Integer[size];
        Arrays.setAll(matchOrder, i -> i);
        Arrays.sort(matchOrder, Comparator.comparingInt((Integer i) -> entries[i].length).reversed());
    }

    /**
     * @param json compact JSON in UTF-8
     * @return the same document with dictionary strings coded
     */
    byte[] compress(byte[] json) {
        byte[] out = new byte[json.length];
        int length = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            out[length++] = b;
            if (inString) {
                if (b == '\\') {
                    out[length++] = json[++i];
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
                int entry = match(json, i + 1);
                if (entry >= 0) {
                    out[length++] = (byte) MARK;
                    out[length++] = (byte) (FIRST_CODE + entry);
                    i += entries[entry].length;
                }
            }
        }
        return length == out.length ? out : Arrays.copyOf(out, length);
    }

    /**
     * @param coded a compressed document (or part of one)
     * @return the original bytes
     */
    byte[] expand(byte[] coded) {
        return expand(coded, new int[] {0, coded.length});
    }

    /**
     * @param coded  a compressed document
     * @param slices {@code [start, end)} pairs of {@code coded} to expand and join
     * @return the original bytes of the slices, joined
     */
    byte[] expand(byte[] coded, int[] slices) {
        int length = 0;
        for (int s = 0; s < slices.length; s += 2) {
            for (int i = slices[s]; i < slices[s + 1]; i++) {
                if ((coded[i] & 0xFF) == MARK) {
                    length += entries[(coded[++i] & 0xFF) - FIRST_CODE].length;
                } else {
                    length++;
                }
            }
        }
        byte[] out = new byte[length];
        int at = 0;
        for (int s = 0; s < slices.length; s += 2) {
            int run = slices[s];
            int end = slices[s + 1];
            for (int i = run; i < end; i++) {
                if ((coded[i] & 0xFF) == MARK) {
                    System.arraycopy(coded, run, out, at, i - run);
                    at += i - run;
                    byte[] entry = entries[(coded[++i] & 0xFF) - FIRST_CODE];
                    System.arraycopy(entry, 0, out, at, entry.length);
                    at += entry.length;
                    run = i + 1;
                }
            }
            System.arraycopy(coded, run, out, at, end - run);
            at += end - run;
        }
        return out;
    }

    /** @return the entry that the string content starting at {@code at} begins with (or is), else -1 */
    private int match(byte[] json, int at) {
        for (int entry : matchOrder) {
            byte[] text = entries[entry];
            int end = at + text.length;
            if (end < json.length && Arrays.equals(json, at, end, text, 0, text.length)
                    && (prefix[entry] || json[end] == '"')) {
                return entry;
            }
        }
        return -1;
    }
}
