package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;

/**
 * Which operation of a request is being applied, in which mode; every error the engine raises is
 * made here so that its detail names the operation index and the path.
 */
final class OperationContext {

    private final int index;
    private final PatchOperation.Op op;
    private final String path;     // null: path-less
    private final String member;   // a path-less value's member being applied, or null
    private final boolean lenient;
    private final boolean pathless;

    private OperationContext(int index, PatchOperation.Op op, String path, String member, boolean lenient,
                             boolean pathless) {
        this.index = index;
        this.op = op;
        this.path = path;
        this.member = member;
        this.lenient = lenient;
        this.pathless = pathless;
    }

    static OperationContext of(int index, PatchOperation operation, boolean lenient) {
        return new OperationContext(index, operation.op(), operation.path(), null, lenient, operation.path() == null);
    }

    /**
     * @param key a member of a path-less operation's value
     * @return the context for applying that member
     */
    OperationContext forValueMember(String key) {
        return new OperationContext(index, op, null, key, lenient, true);
    }

    /** @return the text as a JSON string literal, so quotes inside a path stay unambiguous */
    private static String quoted(String text) {
        return ScimJson.write(ScimJson.provider().createValue(text));
    }

    PatchOperation.Op op() {
        return op;
    }

    boolean lenient() {
        return lenient;
    }

    /** @return whether the operation had no path (its value names the attributes) */
    boolean pathless() {
        return pathless;
    }

    /** @return "Operations[i] (op path): " */
    String prefix() {
        String target = path != null ? quoted(path)
                : member != null ? "without path, value member " + quoted(member) : "without path";
        return "Operations[" + index + "] (" + op.wireName() + " " + target + "): ";
    }

    /**
     * @param scimType the RFC 7644 scimType
     * @param problem  what is wrong
     * @return a 400 naming this operation
     */
    ScimException error(String scimType, String problem) {
        return ScimException.badRequest(scimType, prefix() + problem);
    }
}
