package io.ispflow.kernel;

/**
 * A command or query broke a rule. The code travels to the client unchanged; the message is
 * the human-readable detail and never holds a secret.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;

    public DomainException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
