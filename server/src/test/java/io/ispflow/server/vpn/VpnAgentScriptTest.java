package io.ispflow.server.vpn;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.freeradius.FreeRadiusDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/agent/ispflow-vpn-agent, run as its timer runs it, against this test server with a real agent key: the
 * server is registered with the location of the config file, this machine's host name, the services' states and
 * loads read from /proc and /sys.
 */
@ApiTest
class VpnAgentScriptTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final Path AGENT = FreeRadiusDirectory.checkedIn().root().getParent().resolve("deploy/agent/ispflow-vpn-agent");

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void theAgentsHeartbeatRegistersTheServerWithWhatItReported() throws Exception {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String key = owner.post("/api/v1/vpn-servers/agent-keys", Map.of()).body().get("key").asString();
        String ip = "203.0.113." + (1 + System.nanoTime() % 250);
        Path config = dir.resolve("vpn-agent.conf");
        Files.writeString(config, """
                ISPFLOW_URL=http://127.0.0.1:%d/
                AGENT_KEY=%s
                COUNTRY_CODE=NL
                COUNTRY=Netherlands
                REGION=
                CITY="Den Haag"
                SERVICES="ispflow-no-such-unit java"
                IP=%s
                SAMPLE_SECONDS=1
                """.formatted(port, key, ip));

        ProcessBuilder run = new ProcessBuilder("sh", AGENT.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("agent.log").toFile());
        run.environment().put("ISPFLOW_AGENT_CONFIG", config.toString());
        Process agent = run.start();
        agent.getOutputStream().close();
        assertThat(agent.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("agent.log"), StandardCharsets.UTF_8);
        assertThat(agent.exitValue()).as(log).isZero();

        JsonNode server = null;
        for (JsonNode item : owner.get("/api/v1/vpn-servers?countryCode=NL&size=500").body().get("items")) {
            if (item.get("ip").asString().equals(ip)) {
                server = item;
            }
        }
        assertThat(server).as("registered at " + ip).isNotNull();
        assertThat(server.get("hostname").asString()).isEqualTo(Files.readString(Path.of("/proc/sys/kernel/hostname")).strip());
        assertThat(server.get("city").asString()).isEqualTo("Den Haag");
        assertThat(server.get("region").isNull()).isTrue();
        assertThat(server.get("services").get(0).get("name").asString()).isEqualTo("ispflow-no-such-unit");
        assertThat(server.get("services").get(0).get("active").asBoolean()).isFalse();
        assertThat(server.get("load").get("ram").asDouble()).isBetween(0.1, 100.0);
        assertThat(server.get("load").get("cpu").asDouble()).isBetween(0.0, 100.0);
    }
}
