package io.ispflow.benchmark.accounting;

import java.util.Locale;
import java.util.UUID;

/**
 * A subscriber whose router sends accounting: the n-th of the run, with the address and MAC its sessions
 * always have (so that a search by either finds one subscriber), behind one of the routers.
 */
public record AccountingSubscriber(int number, UUID id, String username, String nasAddress, String routerId) {

    /** 100.64.0.0/10, the carrier-grade NAT range: room for four million subscribers. */
    String framedIp() {
        int n = number + 1;
        return String.format(Locale.ROOT, "100.%d.%d.%d", 64 + (n >>> 16 & 0x3f), n >>> 8 & 0xff, n & 0xff);
    }

    /** A locally administered MAC, as RouterOS writes Calling-Station-Id. */
    String mac() {
        return String.format(Locale.ROOT, "02:BE:%02X:%02X:%02X:%02X", number >>> 24 & 0xff, number >>> 16 & 0xff,
                number >>> 8 & 0xff, number & 0xff);
    }

    /** The PPPoE server interface the session came in on, as RouterOS sends NAS-Port-Id. */
    String nasPortId() {
        return "vlan" + (100 + number % 8);
    }
}
