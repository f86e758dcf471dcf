package io.ispflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the numbers were taken on, and how busy it was: they mean little without it. */
final class Machine {

    private Machine() {
    }

    static void describe(Report report) {
        report.section("Machine");
        report.line("CPU: %s, %d cores seen by the JVM", firstMatch(List.of("lscpu"), "Model name:"),
                Runtime.getRuntime().availableProcessors());
        report.line("memory: %s", firstMatch(List.of("cat", "/proc/meminfo"), "MemTotal:"));
        report.line("JDK: %s %s", System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
        report.line("PostgreSQL: %s", output(List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", "SHOW server_version")));
        report.line("MariaDB: %s", output(List.of("mysql", "-h", "127.0.0.1", "-u", "root", "-Nse", "SELECT version()")));
        report.line("FreeRADIUS: %s", firstLine(List.of("/usr/sbin/freeradius", "-v")));
        report.line("load average at start: %s", loadAverage());
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String firstMatch(List<String> command, String prefix) {
        return output(command).lines().filter(line -> line.strip().startsWith(prefix))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
    }

    private static String firstLine(List<String> command) {
        return output(command).lines().findFirst().orElse("unknown");
    }

    private static String output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes()).strip();
            process.waitFor(10, TimeUnit.SECONDS);
            return text;
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
