package io.ispflow.benchmark.accounting;

/**
 * One session's {@code radacct} row as FreeRADIUS leaves it after the router's last packet: a start, its
 * interim updates, and a stop when {@code stopEpoch} is set. Times are epoch seconds, as the stock queries'
 * {@code Event-Timestamp} gives them.
 *
 * @param inputOctets  from the subscriber (Acct-Input-Octets with its gigawords)
 * @param outputOctets to the subscriber
 */
record AccountingRow(String sessionId, String uniqueId, String username, String nasAddress, String nasPortId,
                     long startEpoch, long updateEpoch, Long stopEpoch, Long intervalSeconds, long inputOctets,
                     long outputOctets, String callingStationId, String terminateCause, String framedIp) {

    long sessionSeconds() {
        return (stopEpoch == null ? updateEpoch : stopEpoch) - startEpoch;
    }
}
