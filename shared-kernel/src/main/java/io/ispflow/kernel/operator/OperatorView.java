package io.ispflow.kernel.operator;

import io.ispflow.kernel.Role;

import java.util.UUID;

/** An operator as the tenant's OWNER lists them; never their password's hash. */
public record OperatorView(UUID id, String username, Role role) {
}
