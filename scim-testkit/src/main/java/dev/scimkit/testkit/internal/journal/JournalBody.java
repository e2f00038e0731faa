package dev.scimkit.testkit.internal.journal;

import java.nio.charset.StandardCharsets;

/**
 * A request or response body as the journal keeps it: whole when it fits, else its first bytes (cut at a
 * UTF-8 character boundary) followed by a visible marker naming both sizes.
 *
 * @param text      the text to keep
 * @param size      the body's original size in bytes
 * @param truncated whether {@code text} holds only the start of the body
 */
public record JournalBody(String text, long size, boolean truncated) {

    /**
     * @param kept  bytes kept
     * @param total the body's size
     * @return the marker appended to a truncated body
     */
    public static String marker(long kept, long total) {
        return "…[truncated by the fake's journal: first " + kept + " of " + total + " bytes kept]";
    }

    /**
     * @param bytes the body
     * @param limit the most bytes to keep
     * @return the body, truncated past {@code limit}
     */
    public static JournalBody of(byte[] bytes, int limit) {
        if (bytes.length <= limit) {
            return new JournalBody(new String(bytes, StandardCharsets.UTF_8), bytes.length, false);
        }
        int cut = Math.max(0, limit);
        // never split a UTF-8 sequence: back off over continuation bytes (10xxxxxx) to a lead byte
        for (int i = 0; i < 3 && cut > 0 && (bytes[cut] & 0xC0) == 0x80; i++) {
            cut--;
        }
        String prefix = new String(bytes, 0, cut, StandardCharsets.UTF_8);
        return new JournalBody(prefix + marker(cut, bytes.length), bytes.length, true);
    }

    /**
     * @param text already prepared text (e.g. redacted), kept whole
     * @param size the original body's size in bytes
     * @return a body that is not truncated
     */
    public static JournalBody whole(String text, long size) {
        return new JournalBody(text, size, false);
    }
}
