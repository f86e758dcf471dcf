package io.ispflow.command.vpn;

import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.vpn.VpnServerLocation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * What an agent's heartbeat says, as {@code POST /api/v1/vpn-servers/heartbeat} takes it; checked whole before
 * anything is stored. The server's address is an IPv4 or IPv6 literal, kept in its canonical spelling; loads are
 * percentages (cpu, ram) and megabits a second (net).
 */
record HeartbeatReport(String ip, String hostname, String countryCode, String country, String region, String city,
                       List<Service> services, Load load) {

    static final int MAX_SERVICES = 32;

    record Service(String name, Boolean active) {
    }

    record Load(Double cpu, Double ram, Double net) {
    }

    /** The report with its address canonical and its text stripped. */
    HeartbeatReport checked() {
        if (services == null || services.size() > MAX_SERVICES) {
            throw new InvalidValueException("services", "services lists at most " + MAX_SERVICES + " services");
        }
        for (Service service : services) {
            if (service == null || service.name() == null || !service.name().matches("[A-Za-z0-9@._:-]{1,64}") || service.active() == null) {
                throw new InvalidValueException("services", "each service has a name (1 to 64 letters, digits, @ . _ : -) and active");
            }
        }
        if (services.stream().map(Service::name).distinct().count() != services.size()) {
            throw new InvalidValueException("services", "services names each service once");
        }
        if (load == null) {
            throw new InvalidValueException("load", "load {cpu, ram, net} is required");
        }
        percent("load.cpu", load.cpu());
        percent("load.ram", load.ram());
        if (load.net() == null || !(load.net() >= 0 && load.net() <= 1_000_000)) {
            throw new InvalidValueException("load.net", "load.net is megabits a second, 0 to 1000000");
        }
        if (hostname == null || !hostname.matches("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")) {
            throw new InvalidValueException("hostname", "hostname must be a host name: letters, digits, dots and dashes");
        }
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new InvalidValueException("countryCode", "countryCode is two capital letters (ISO 3166-1 alpha-2)");
        }
        return new HeartbeatReport(canonical(ip), hostname, countryCode, FreeText.requiredLine("country", country, 64),
                FreeText.optionalLine("region", region, 64), FreeText.requiredLine("city", city, 64), List.copyOf(services), load);
    }

    VpnServerLocation location() {
        return new VpnServerLocation(countryCode, country, region, city);
    }

    private static void percent(String field, Double value) {
        if (value == null || !(value >= 0 && value <= 100)) {
            throw new InvalidValueException(field, field + " is a percentage, 0 to 100");
        }
    }

    /** IPv6 literals are parsed without a name lookup: only hex digits, colons and dots reach the parser. */
    private static String canonical(String ip) {
        if (ip != null && ip.contains(":") && ip.matches("[0-9A-Fa-f:.]{2,45}")) {
            try {
                return InetAddress.getByName(ip).getHostAddress();
            } catch (UnknownHostException malformed) {
                throw new InvalidValueException("ip", "ip must be an IPv4 or IPv6 address");
            }
        }
        if (ip == null) {
            throw new InvalidValueException("ip", "ip must be an IPv4 or IPv6 address");
        }
        return Ipv4Address.parse("ip", ip).toString();
    }
}
