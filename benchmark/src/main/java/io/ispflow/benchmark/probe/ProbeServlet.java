package io.ispflow.benchmark.probe;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.UUID;

/**
 * What the benchmark asks of the server it started, on {@code /bench} (outside {@code /api}, on the
 * loopback address the benchmark binds the server to): in-process command load, the radius
 * processor's progress, the heap, and the sessions module's settings and retention. A servlet beside
 * Spring MVC's, because the server's access policy refuses every endpoint it does not know, and the
 * probe is none of ispflow's.
 */
class ProbeServlet extends HttpServlet {

    record SignUps(UUID packageId, String prefix, int first, int count, int threads, long timeLimitMillis) {
    }

    record LaterLife(UUID packageA, UUID packageB, int count, int threads, long timeLimitMillis) {
    }

    record Heap(long used, long committed, long max, long gcMillis) {
    }

    private final transient GatewayLoad gateway;
    private final transient RadiusProgress radius;
    private final transient SessionsProbe sessions;
    private final transient JsonMapper json;

    ProbeServlet(GatewayLoad gateway, RadiusProgress radius, SessionsProbe sessions, JsonMapper json) {
        this.gateway = gateway;
        this.radius = radius;
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/radius/progress" -> answer(response, radius.progress());
            case "/heap" -> answer(response, heap());
            case "/sessions/settings" -> answer(response, sessions.settings());
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/gateway/subscribers" -> {
                SignUps signUps = json.readValue(request.getInputStream(), SignUps.class);
                answer(response, gateway.createSubscribers(signUps.packageId(), signUps.prefix(), signUps.first(),
                        signUps.count(), signUps.threads(), signUps.timeLimitMillis()));
            }
            case "/gateway/later-life" -> {
                LaterLife later = json.readValue(request.getInputStream(), LaterLife.class);
                answer(response, gateway.laterLife(later.packageA(), later.packageB(), later.count(), later.threads(),
                        later.timeLimitMillis()));
            }
            case "/sessions/retention" -> answer(response, sessions.retention());
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void answer(HttpServletResponse response, Object body) throws IOException {
        response.setContentType("application/json");
        json.writeValue(response.getOutputStream(), body);
    }

    private static Heap heap() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        return new Heap(heap.getUsed(), heap.getCommitted(), heap.getMax(), gcMillis);
    }
}
