package io.ispflow.command.router;

import io.ispflow.kernel.InvalidSettingException;

/**
 * Where routers reach ispflow's API from the internet ({@code ispflow.public-url}), e.g.
 * {@code https://ispflow.isp.example}: routers send their API token there, so only https is taken,
 * and only characters that are safe inside a RouterOS string.
 *
 * @param base null until the setting is made; no trailing slash
 */
record PublicUrl(String base) {

    private static final String URL = "https://[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(:[0-9]{1,5})?(/[A-Za-z0-9._~-]+)*/?";

    static PublicUrl configure(String text) {
        if (text.isBlank()) {
            return new PublicUrl(null);
        }
        String url = text.strip();
        if (!url.matches(URL)) {
            throw new InvalidSettingException("ISPFLOW_PUBLIC_URL (ispflow.public-url) is '" + text + "', which is not an https URL "
                    + "of a host and an optional path: routers send their API token to it, so it must be https.",
                    "Set it to the address routers reach ispflow's API at, e.g. https://ispflow.isp.example, or leave it empty "
                            + "to have operators enter routers' WireGuard keys.");
        }
        return new PublicUrl(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    boolean configured() {
        return base != null;
    }

    String of(String path) {
        return base + path;
    }
}
