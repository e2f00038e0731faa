package dev.scimkit.filter.internal.patch;

/** Turns PATCH path text into a {@link ParsedPath}; the grammar is the only implementation in production. */
@FunctionalInterface
public interface PathReader {

    /**
     * @param text a PATCH path
     * @return the parsed path
     * @throws dev.scimkit.core.ScimException 400 {@code invalidPath} if the text is not a PATCH path
     */
    ParsedPath read(String text);
}
