package io.ispflow.kernel;

/**
 * A value object refused its input. {@code field} names the input the way a client sent it,
 * so the problem answer can point at it.
 */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(ErrorCode.VALIDATION_FAILED, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
