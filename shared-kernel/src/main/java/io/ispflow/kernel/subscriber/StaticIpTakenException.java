package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.Ipv4Address;

/** Another subscriber of the tenant already has this fixed address. */
public class StaticIpTakenException extends DomainException {

    public StaticIpTakenException(Ipv4Address ip) {
        super(ErrorCode.STATIC_IP_TAKEN, "static IP " + ip + " is taken by another subscriber");
    }
}
