package dev.scimkit.testkit.internal.http;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds the fake's HTTP layer puts on every connection.
 *
 * @param maxHeadBytes   the largest request head (request line, header fields, blank line) in bytes;
 *                       larger is 431 (414 when the request line alone is larger)
 * @param maxHeaderCount the most header fields in a head (and trailer fields after a chunked body); more is 431
 * @param maxBodyBytes   the largest request body after de-chunking; larger is 413
 * @param readTimeout    how long a request may take to arrive from its first byte to its last (then 408),
 *                       how long a kept-alive connection may stay idle, and how long a response write or a
 *                       closing drain may take
 * @param drainBytes     the most bytes read and discarded after an error response before the connection
 *                       is closed, so a client still sending its body reads the answer instead of a reset
 */
public record WireLimits(int maxHeadBytes, int maxHeaderCount, int maxBodyBytes, Duration readTimeout,
                         long drainBytes) {

    /** 384 KiB, the JDK server's default bound on a request head. */
    public static final int DEFAULT_MAX_HEAD_BYTES = 384 * 1024;
    /** 200 header fields, as the JDK server and common servers allow. */
    public static final int DEFAULT_MAX_HEADER_COUNT = 200;
    /** 64 MiB discarded at most after an error response. */
    public static final long DEFAULT_DRAIN_BYTES = 64L << 20;
    /** 30 seconds. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    /** Checks ranges. */
    public WireLimits {
        Objects.requireNonNull(readTimeout, "readTimeout is null");
        if (maxHeadBytes < 1024 || maxHeaderCount < 1 || maxBodyBytes < 0 || drainBytes < 0
                || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("invalid limits: " + maxHeadBytes + ", " + maxHeaderCount + ", "
                    + maxBodyBytes + ", " + readTimeout + ", " + drainBytes);
        }
    }

    /**
     * @param maxBodyBytes the largest request body
     * @param readTimeout  the read timeout
     * @return the default head, header and drain bounds with these two
     */
    public static WireLimits of(int maxBodyBytes, Duration readTimeout) {
        return new WireLimits(DEFAULT_MAX_HEAD_BYTES, DEFAULT_MAX_HEADER_COUNT, maxBodyBytes, readTimeout,
                DEFAULT_DRAIN_BYTES);
    }
}
