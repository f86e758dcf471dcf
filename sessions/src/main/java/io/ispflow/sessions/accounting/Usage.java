package io.ispflow.sessions.accounting;

/** Bytes each way and seconds online: what a session used, or what it used since it was last read. */
public record Usage(long uploadBytes, long downloadBytes, long onlineSeconds) {

    public static final Usage NONE = new Usage(0, 0, 0);

    /**
     * What grew from {@code before} to this. A counter that went back (a router that restarted its
     * counters without a new session) grew by nothing: the next report grows from the new value.
     */
    public Usage since(Usage before) {
        return new Usage(Math.max(0, uploadBytes - before.uploadBytes), Math.max(0, downloadBytes - before.downloadBytes),
                Math.max(0, onlineSeconds - before.onlineSeconds));
    }

    public Usage plus(Usage more) {
        return new Usage(uploadBytes + more.uploadBytes, downloadBytes + more.downloadBytes, onlineSeconds + more.onlineSeconds);
    }

    public boolean isNone() {
        return uploadBytes == 0 && downloadBytes == 0 && onlineSeconds == 0;
    }
}
