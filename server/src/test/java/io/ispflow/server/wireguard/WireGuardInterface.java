package io.ispflow.server.wireguard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real WireGuard interface for the tests: Debian's {@code wireguard-go} in a network namespace of its
 * own (this machine's kernel has no WireGuard module), driven by Debian's {@code wg} through the
 * interface's socket in {@code /var/run/wireguard}, as {@code wg} drives any userspace interface.
 */
final class WireGuardInterface implements AutoCloseable {

    private static final Path SOCKETS = Path.of("/var/run/wireguard");

    private final String name;
    private final Process process;

    private WireGuardInterface(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    static WireGuardInterface start() throws IOException, InterruptedException {
        String name = "ispwg" + UUID.randomUUID().toString().substring(0, 8);
        ProcessBuilder builder = new ProcessBuilder("unshare", "--net", "wireguard-go", "--foreground", name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // wireguard-go refuses to start where the kernel could have its own WireGuard, unless told
        builder.environment().put("WG_I_PREFER_BUGGY_USERSPACE_TO_POLISHED_KMOD", "1");
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(SOCKETS.resolve(name + ".sock"))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroy();
                throw new IllegalStateException("wireguard-go did not bring up " + name + " (exit " + (process.isAlive() ? "none" : process.exitValue()) + ")");
            }
            Thread.sleep(50);
        }
        return new WireGuardInterface(name, process);
    }

    String name() {
        return name;
    }

    /** The interface's configuration as {@code wg showconf} prints it. */
    String showconf() {
        return run("wg", "showconf", name);
    }

    /** Makes the interface's configuration the file's, as the sync script does. */
    String syncconf(Path configuration) {
        return run("wg", "syncconf", name, configuration.toString());
    }

    /** A fresh key pair's public half, from {@code wg genkey | wg pubkey}. */
    static String publicKey() {
        return run("sh", "-c", "wg genkey | wg pubkey").strip();
    }

    static String privateKey() {
        return run("wg", "genkey").strip();
    }

    /** 32 random bytes as WireGuard writes a key, without starting a process. */
    static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
