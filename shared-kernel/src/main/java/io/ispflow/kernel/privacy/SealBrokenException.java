package io.ispflow.kernel.privacy;

/** A sealed value that does not open with the key and subject given: tampered, or another subject's. */
public class SealBrokenException extends RuntimeException {

    SealBrokenException(Throwable cause) {
        super("the sealed value does not open with this subject's key", cause);
    }
}
