package io.ispflow.kernel;

/**
 * Which page of a list a client asks for; size is capped at {@value #MAX_SIZE}, and the rows before the
 * page at what the read model's queries can skip (JPA takes an int).
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidValueException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidValueException("page", "page times size must be at most " + Integer.MAX_VALUE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
