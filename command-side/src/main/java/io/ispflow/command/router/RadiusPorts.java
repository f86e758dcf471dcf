package io.ispflow.command.router;

import io.ispflow.kernel.InvalidSettingException;

/**
 * The UDP ports of RADIUS as configured, written into each router's setup script: where FreeRADIUS
 * listens for Access-Requests and accounting ({@code ISPFLOW_RADIUS_AUTH_PORT} and
 * {@code ISPFLOW_RADIUS_ACCT_PORT}, the variables freeradius/ispflow.env gives FreeRADIUS), and where
 * the router listens for CoA and Disconnect-Requests from the RADIUS server ({@code ISPFLOW_RADIUS_COA_PORT}).
 */
record RadiusPorts(int authentication, int accounting, int coa) {

    static RadiusPorts configure(String authentication, String accounting, String coa) {
        return new RadiusPorts(port(authentication, "ISPFLOW_RADIUS_AUTH_PORT (ispflow.radius-server.auth-port)"),
                port(accounting, "ISPFLOW_RADIUS_ACCT_PORT (ispflow.radius-server.accounting-port)"),
                port(coa, "ISPFLOW_RADIUS_COA_PORT (ispflow.radius-server.coa-port)"));
    }

    private static int port(String text, String setting) {
        if (text.strip().matches("[0-9]{1,5}")) {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        }
        throw new InvalidSettingException(setting + " is '" + text + "', which is not a UDP port.",
                "Set it to a number from 1 to 65535, the same FreeRADIUS and the routers use.");
    }
}
