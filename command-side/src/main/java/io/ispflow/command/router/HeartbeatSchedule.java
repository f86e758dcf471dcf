package io.ispflow.command.router;

/**
 * The setup script's heartbeat: a RouterOS script and a scheduler that runs it every minute, posting the router's
 * uptime, version, board, CPU load, free memory and active PPP and hotspot sessions to ispflow with its API token
 * ({@code POST /api/v1/routers/heartbeat}, docs/router-health.md). Both are named "ispflow-heartbeat" and replaced
 * when the script runs again, so a rotation's new token replaces the old one. A router without hotspot (device-mode)
 * reports its PPP sessions. Without a public URL there is nowhere to post: the script says so, and the router's
 * health then rests on its accounting.
 */
final class HeartbeatSchedule {

    static final String PATH = "/api/v1/routers/heartbeat";
    static final String NAME = "ispflow-heartbeat";

    private HeartbeatSchedule() {
    }

    static String render(RouterConnection router, PublicUrl ispflow) {
        String replaced = """
                /system scheduler remove [find name="%1$s"]
                /system script remove [find name="%1$s"]
                """.formatted(NAME);
        if (!ispflow.configured()) {
            return replaced + ":put \"ispflow: no public URL is configured, so this router sends no heartbeat; ispflow sees it alive by its accounting only.\"\n";
        }
        return replaced + """
                /system script add name="%1$s" policy=read,write,test comment="ispflow: heartbeat" source={
                  :local hotspot 0
                  :do { :set hotspot [:len [/ip hotspot active find]] } on-error={}
                  :local sessions ([:len [/ppp active find]] + $hotspot)
                  :local report ("{\\"uptimeSeconds\\":" . [:tonum [/system resource get uptime]] . ",\\"version\\":\\"" . [/system resource get version] . "\\",\\"board\\":\\"" . [/system resource get board-name] . "\\",\\"cpuLoad\\":" . [/system resource get cpu-load] . ",\\"freeMemoryBytes\\":" . [/system resource get free-memory] . ",\\"activeSessions\\":" . $sessions . "}")
                  /tool fetch url="%2$s" http-method=post http-header-field="Content-Type: application/json,X-API-Key: %3$s" http-data=$report check-certificate=yes-without-crl output=none
                }
                /system scheduler add name="%1$s" interval=1m policy=read,write,test on-event="/system script run %1$s" comment="ispflow: heartbeat every minute"
                """.formatted(NAME, ispflow.of(PATH), router.apiToken());
    }
}
