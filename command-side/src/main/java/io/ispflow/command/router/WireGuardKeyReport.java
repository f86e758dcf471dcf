package io.ispflow.command.router;

/**
 * The setup script's last lines: once the router has its WireGuard key, it sends the public key to
 * ispflow with its API token ({@code POST /api/v1/routers/wireguard-key}). A fetch that fails (no
 * public URL configured, ispflow unreachable, a certificate the router does not trust) does not abort
 * the script: it prints the key and what an operator does with it instead.
 */
final class WireGuardKeyReport {

    static final String PATH = "/api/v1/routers/wireguard-key";

    private WireGuardKeyReport() {
    }

    static String render(RouterConnection router, PublicUrl ispflow) {
        String key = "[/interface wireguard get [find name=\"" + RouterSetupScript.INTERFACE + "\"] public-key]";
        String byHand = "an operator enters it in ispflow as router " + router.details().name()
                + "'s key (PUT /api/v1/routers/{id}/wireguard-key)";
        if (!ispflow.configured()) {
            return ":put (\"Give ispflow this router's WireGuard public key, \" . " + key + " . \": " + byHand + ".\")\n";
        }
        return """
                {
                  :local key %1$s
                  :do {
                    /tool fetch url="%2$s" http-method=post http-header-field="Content-Type: application/json,X-API-Key: %3$s" http-data=("{\\"publicKey\\":\\"" . $key . "\\"}") check-certificate=yes-without-crl output=none
                    :put "ispflow recorded this router's WireGuard public key: the tunnel comes up once the WireGuard server has synchronised its peers."
                  } on-error={
                    :put ("ispflow could not be told this router's WireGuard public key, " . $key . ": %4$s.")
                  }
                }
                """.formatted(key, ispflow.of(PATH), router.apiToken(), byHand);
    }
}
