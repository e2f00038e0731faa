package dev.scimkit.client.provisioning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link SourceRecords#fromCsv(java.io.Reader, CsvOptions)} reads a CSV file: the field
 * delimiter, which columns hold several values in one cell, and the bounds on the input. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * CsvOptions options = CsvOptions.builder()
 *         .multiValued("groups", ";")          // "Sales;Support" -> ["Sales","Support"]
 *         .build();
 * }</pre>
 *
 * <p>Defaults ({@link #defaults()}): delimiter {@code ','}, no multi-valued column, at most
 * 65,536 characters in one field, 1,000 columns and 1,000,000 records.
 */
public final class CsvOptions {

    private static final CsvOptions DEFAULTS = builder().build();

    private final char delimiter;
    private final Map<String, String> multiValued;
    private final Map<String, String> separatorsByFoldedName;
    private final int maxFieldChars;
    private final int maxColumns;
    private final int maxRecords;

    private CsvOptions(Builder builder) {
        this.delimiter = builder.delimiter == null ? ',' : builder.delimiter;
        this.multiValued = Collections.unmodifiableMap(new LinkedHashMap<>(builder.multiValued));
        Map<String, String> folded = new LinkedHashMap<>();
        builder.multiValued.forEach((column, separator) -> folded.put(fold(column), separator));
        this.separatorsByFoldedName = Map.copyOf(folded);
        this.maxFieldChars = builder.maxFieldChars == null ? 65_536 : builder.maxFieldChars;
        this.maxColumns = builder.maxColumns == null ? 1_000 : builder.maxColumns;
        this.maxRecords = builder.maxRecords == null ? 1_000_000 : builder.maxRecords;
    }

    /** @return the defaults: {@code ','}, no multi-valued column, 65,536 / 1,000 / 1,000,000 bounds */
    public static CsvOptions defaults() {
        return DEFAULTS;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the character between fields */
    public char delimiter() {
        return delimiter;
    }

    /** @return the multi-valued columns, as given, each with its separator, in the order they were set */
    public Map<String, String> multiValuedColumns() {
        return multiValued;
    }

    /**
     * @param column a header name, compared case-insensitively
     * @return the separator of a multi-valued column, or empty for a single-valued one
     * @throws NullPointerException if {@code column} is null
     */
    public Optional<String> separator(String column) {
        Objects.requireNonNull(column, "column is null");
        return Optional.ofNullable(separatorsByFoldedName.get(fold(column)));
    }

    /** @return the most characters one field may hold */
    public int maxFieldChars() {
        return maxFieldChars;
    }

    /** @return the most columns the header may name */
    public int maxColumns() {
        return maxColumns;
    }

    /** @return the most records (data rows) the input may hold */
    public int maxRecords() {
        return maxRecords;
    }

    @Override
    public String toString() {
        return "CsvOptions[delimiter=" + printable(delimiter) + ", multiValued=" + multiValued + ", maxFieldChars="
                + maxFieldChars + ", maxColumns=" + maxColumns + ", maxRecords=" + maxRecords + "]";
    }

    static String printable(char c) {
        return c == '\t' ? "'\\t'" : c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "U+%04X", (int) c) : "'" + c + "'";
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Configures {@link CsvOptions}. Not thread-safe. Each setting may be given once; a second call
     * throws an {@link IllegalStateException} naming the value already set.
     */
    public static final class Builder {

        private Character delimiter;
        private final Map<String, String> multiValued = new LinkedHashMap<>();
        private Integer maxFieldChars;
        private Integer maxColumns;
        private Integer maxRecords;

        private Builder() {
        }

        /**
         * The character between fields, e.g. {@code ';'} for spreadsheets in locales whose decimal
         * separator is a comma, or {@code '\t'}. If this method is not invoked, {@code ','}.
         *
         * @param delimiter the delimiter; not {@code '"'}, CR or LF
         * @return this builder
         * @throws IllegalArgumentException if it is a quote or a line break
         * @throws IllegalStateException    if already set
         */
        public Builder delimiter(char delimiter) {
            if (this.delimiter != null) {
                throw new IllegalStateException("delimiter was already set to " + printable(this.delimiter));
            }
            if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
                throw new IllegalArgumentException("delimiter must not be a quote or a line break but was "
                        + printable(delimiter));
            }
            this.delimiter = delimiter;
            return this;
        }

        /**
         * Makes a column multi-valued: its cell is split at {@code separator}, each part is trimmed,
         * empty parts are dropped, and the rest become a JSON array of strings ({@code "Sales; Support"}
         * becomes {@code ["Sales","Support"]}; a cell with no non-blank part is absent). A value
         * cannot contain the separator, so choose one that no value holds. The column must be in the
         * header (a misspelt name is an error, not a silently single-valued column). If this method
         * is not invoked, every column is single-valued.
         *
         * @param column    the header name, compared case-insensitively
         * @param separator the text between values, e.g. {@code ";"} or {@code "|"}
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code column} is blank or {@code separator} is empty
         * @throws IllegalStateException    if the column was already made multi-valued
         */
        public Builder multiValued(String column, String separator) {
            Objects.requireNonNull(column, "column is null");
            Objects.requireNonNull(separator, "separator is null");
            if (column.isBlank()) {
                throw new IllegalArgumentException("column is blank");
            }
            if (separator.isEmpty()) {
                throw new IllegalArgumentException("separator of column '" + column + "' is empty");
            }
            for (Map.Entry<String, String> existing : multiValued.entrySet()) {
                if (existing.getKey().equalsIgnoreCase(column.strip())) {
                    throw new IllegalStateException("column '" + existing.getKey()
                            + "' was already made multi-valued with separator '" + existing.getValue() + "'");
                }
            }
            multiValued.put(column.strip(), separator);
            return this;
        }

        /**
         * Bounds one field (after unquoting). If this method is not invoked, 65,536 characters.
         *
         * @param max the most characters, at least 1
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         * @throws IllegalStateException    if already set
         */
        public Builder maxFieldChars(int max) {
            maxFieldChars = bound(maxFieldChars, max, "maxFieldChars");
            return this;
        }

        /**
         * Bounds the number of header columns (and so of cells in a row). If this method is not
         * invoked, 1,000.
         *
         * @param max the most columns, at least 1
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         * @throws IllegalStateException    if already set
         */
        public Builder maxColumns(int max) {
            maxColumns = bound(maxColumns, max, "maxColumns");
            return this;
        }

        /**
         * Bounds the number of records (rows after the header; skipped blank rows do not count). If
         * this method is not invoked, 1,000,000.
         *
         * @param max the most records, at least 1
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         * @throws IllegalStateException    if already set
         */
        public Builder maxRecords(int max) {
            maxRecords = bound(maxRecords, max, "maxRecords");
            return this;
        }

        /** @return the options */
        public CsvOptions build() {
            return new CsvOptions(this);
        }

        private static Integer bound(Integer previous, int value, String name) {
            if (previous != null) {
                throw new IllegalStateException(name + " was already set to " + previous);
            }
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
            }
            return value;
        }
    }
}
