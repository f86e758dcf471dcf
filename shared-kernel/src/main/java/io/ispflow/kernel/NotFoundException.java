package io.ispflow.kernel;

/**
 * The caller's tenant has no such thing. Another tenant's ids get this answer too, so that
 * nobody learns what exists outside their tenant.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super(ErrorCode.NOT_FOUND, what + " does not exist");
    }
}
