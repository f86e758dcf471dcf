package io.ispflow.command.router;

/** A body of {@code {publicKey}}: a router's WireGuard public key, checked when it becomes a {@code WireGuardKey}. */
record PublicKeyRequest(String publicKey) {
}
