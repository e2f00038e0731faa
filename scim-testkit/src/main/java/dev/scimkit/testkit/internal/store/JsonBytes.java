package dev.scimkit.testkit.internal.store;

/**
 * Finds the ends of JSON values in UTF-8 (or {@link Dictionary}-coded) bytes without parsing them, for the
 * byte-level work on stored documents ({@link ViewSlices}, {@link GroupRefs}). The bytes are the store's
 * own serialisations, so they are well-formed; a malformed end is reported as -1.
 */
final class JsonBytes {

    private JsonBytes() {
    }

    /** @return the index of the first byte at or after {@code at} that is not JSON whitespace */
    static int skipSpace(byte[] b, int at) {
        while (at < b.length && (b[at] == ' ' || b[at] == '\t' || b[at] == '\n' || b[at] == '\r')) {
            at++;
        }
        return at;
    }

    /** @return the index after the string starting at {@code at}, or -1 if there is none */
    static int stringEnd(byte[] b, int at) {
        if (at >= b.length || b[at] != '"') {
            return -1;
        }
        for (int i = at + 1; i < b.length; i++) {
            if (b[i] == '\\') {
                i++;
            } else if (b[i] == '"') {
                return i + 1;
            }
        }
        return -1;
    }

    /** @return the index after the value starting at {@code at}, or -1 if the bytes end first */
    static int valueEnd(byte[] b, int at) {
        if (at >= b.length) {
            return -1;
        }
        byte first = b[at];
        if (first == '"') {
            return stringEnd(b, at);
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            for (int i = at; i < b.length; i++) {
                byte c = b[i];
                if (c == '"') {
                    i = stringEnd(b, i) - 1;
                    if (i < 0) {
                        return -1;
                    }
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        return i + 1;
                    }
                }
            }
            return -1;
        }
        int i = at;
        while (i < b.length && b[i] != ',' && b[i] != '}' && b[i] != ']' && b[i] != ' ' && b[i] != '\n'
                && b[i] != '\r' && b[i] != '\t') {
            i++;
        }
        return i;
    }
}
