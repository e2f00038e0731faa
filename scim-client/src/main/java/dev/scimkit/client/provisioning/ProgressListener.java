package dev.scimkit.client.provisioning;

/**
 * Told about progress after each change of a plan is applied. Called from the threads that complete
 * requests, one call at a time; keep it quick and do not throw (an exception is logged and ignored).
 */
@FunctionalInterface
public interface ProgressListener {

    /** @param progress the progress after the latest change */
    void onProgress(Progress progress);

    /** @return a listener that ignores progress */
    static ProgressListener none() {
        return progress -> { };
    }
}
