package dev.scimkit.testkit.internal.store;

import java.util.Arrays;

/**
 * A serialised view of a stored resource kept as slices of the stored bytes instead of a second copy.
 *
 * <p>The fake's views (GET, list item) leave members out of the stored JSON (Zoom's list items omit
 * extensions, projection drops empty extensions and {@code returned: never} attributes) but change
 * nothing else. When a view's bytes are such a pruning of the stored bytes, the byte ranges to keep are
 * found by walking both documents side by side, and the view is stored as those ranges: usually one to
 * four pairs of offsets instead of several hundred bytes. The result is checked by reassembling it, so
 * a view that is not a pruning (or not recognised as one) is simply kept whole.
 */
final class ViewSlices {

    /** Nesting beyond this is not walked (the view is kept whole); stored documents are far shallower. */
    private static final int MAX_DEPTH = 64;

    private ViewSlices() {
    }

    /**
     * Describes {@code view} compactly in terms of {@code stored}.
     *
     * @param stored the stored document's bytes
     * @param view   the view's bytes
     * @return {@code stored} itself when the view is byte-for-byte the stored document; an {@code int[]} of
     *         {@code [start, end)} pairs into {@code stored} whose concatenation is the view; otherwise
     *         {@code view}
     */
    static Object describe(byte[] stored, byte[] view) {
        if (Arrays.equals(stored, view)) {
            return stored;
        }
        int[] slices;
        try {
            slices = new Walk(stored, view).run();
        } catch (IndexOutOfBoundsException notJson) {
            return view;   // not two well-formed documents: keep the view whole
        }
        if (slices == null || !Arrays.equals(assemble(stored, slices), view)) {
            return view;
        }
        return slices;
    }

    /**
     * @param stored the stored document's bytes
     * @param slices {@code [start, end)} pairs into it
     * @return the slices joined
     */
    static byte[] assemble(byte[] stored, int[] slices) {
        int length = 0;
        for (int i = 0; i < slices.length; i += 2) {
            length += slices[i + 1] - slices[i];
        }
        byte[] out = new byte[length];
        int at = 0;
        for (int i = 0; i < slices.length; i += 2) {
            int size = slices[i + 1] - slices[i];
            System.arraycopy(stored, slices[i], out, at, size);
            at += size;
        }
        return out;
    }

    /** One side-by-side walk of a stored document and its view. */
    private static final class Walk {
        private final byte[] s;
        private final byte[] v;
        private int[] out = new int[16];
        private int size;

        Walk(byte[] stored, byte[] view) {
            this.s = stored;
            this.v = view;
        }

        int[] run() {
            int sStart = JsonBytes.skipSpace(s, 0);
            int vStart = JsonBytes.skipSpace(v, 0);
            if (sStart >= s.length || vStart >= v.length) {
                return null;
            }
            int sEnd = JsonBytes.valueEnd(s, sStart);
            int vEnd = JsonBytes.valueEnd(v, vStart);
            if (sEnd < 0 || vEnd < 0 || !value(sStart, sEnd, vStart, vEnd, 0)) {
                return null;
            }
            return Arrays.copyOf(out, size);
        }

        /** Matches one stored value against one view value, emitting the slices that reproduce the latter. */
        private boolean value(int sStart, int sEnd, int vStart, int vEnd, int depth) {
            if (Arrays.equals(s, sStart, sEnd, v, vStart, vEnd)) {
                keep(sStart, sEnd);
                return true;
            }
            if (depth >= MAX_DEPTH) {
                return false;
            }
            if (s[sStart] == '{' && v[vStart] == '{') {
                return container(sStart, sEnd, vStart, vEnd, depth, true);
            }
            if (s[sStart] == '[' && v[vStart] == '[') {
                return container(sStart, sEnd, vStart, vEnd, depth, false);
            }
            return false;
        }

        /**
         * Walks the members (or elements) of an object (or array): each view member must match the next
         * stored member with the same key (or an equal stored element); stored members without a partner
         * are left out, together with one separating comma.
         */
        private boolean container(int sStart, int sEnd, int vStart, int vEnd, int depth, boolean object) {
            keep(sStart, sStart + 1);
            int sAt = JsonBytes.skipSpace(s, sStart + 1);
            int vAt = JsonBytes.skipSpace(v, vStart + 1);
            boolean vDone = v[vAt] == (object ? '}' : ']');
            boolean sDone = s[sAt] == (object ? '}' : ']');
            int kept = 0;
            int comma = -1;
            while (!sDone) {
                int sKeyEnd = object ? JsonBytes.stringEnd(s, sAt) : sAt;
                int sValue = object ? JsonBytes.skipSpace(s, JsonBytes.skipSpace(s, sKeyEnd) + 1) : sAt;
                int sValueEnd = JsonBytes.valueEnd(s, sValue);
                if (sKeyEnd < 0 || sValueEnd < 0) {
                    return false;
                }
                if (!vDone) {
                    int vKeyEnd = object ? JsonBytes.stringEnd(v, vAt) : vAt;
                    int vValue = object ? JsonBytes.skipSpace(v, JsonBytes.skipSpace(v, vKeyEnd) + 1) : vAt;
                    int vValueEnd = JsonBytes.valueEnd(v, vValue);
                    if (vKeyEnd < 0 || vValueEnd < 0) {
                        return false;
                    }
                    boolean partner = object ? Arrays.equals(s, sAt, sKeyEnd, v, vAt, vKeyEnd)
                            : Arrays.equals(s, sValue, sValueEnd, v, vValue, vValueEnd);
                    if (partner) {
                        if (kept > 0) {
                            keep(comma, comma + 1);
                        }
                        keep(sAt, sValue);
                        if (!value(sValue, sValueEnd, vValue, vValueEnd, depth + 1)) {
                            return false;
                        }
                        kept++;
                        vAt = JsonBytes.skipSpace(v, vValueEnd);
                        if (v[vAt] == ',') {
                            vAt = JsonBytes.skipSpace(v, vAt + 1);
                        } else {
                            vDone = true;
                        }
                    }
                }
                int next = JsonBytes.skipSpace(s, sValueEnd);
                if (s[next] == ',') {
                    comma = next;
                    sAt = JsonBytes.skipSpace(s, next + 1);
                } else {
                    sDone = true;
                }
            }
            if (!vDone) {
                return false;
            }
            keep(sEnd - 1, sEnd);
            return true;
        }

        private void keep(int start, int end) {
            if (start == end) {
                return;
            }
            if (size > 0 && out[size - 1] == start) {
                out[size - 1] = end;
                return;
            }
            if (size + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[size++] = start;
            out[size++] = end;
        }
    }
}
