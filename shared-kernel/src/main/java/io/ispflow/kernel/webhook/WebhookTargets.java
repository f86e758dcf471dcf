package io.ispflow.kernel.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps webhooks off the installation's own network (server-side request forgery): a webhook's host is
 * resolved as the HTTP client will resolve it, and every address it resolves to must be public. Refused are
 * the unspecified, loopback, link-local (the cloud metadata service at 169.254.169.254 among them), private
 * and shared (carrier-grade NAT) ranges, unique-local IPv6 (fd00:ec2::254, the metadata service's IPv6
 * address, among them), multicast and broadcast; an IPv4 address inside an IPv6 one (mapped, compatible,
 * 6to4, NAT64) is judged as the IPv4 address it carries. {@code allowedNetworks} lets chosen ranges through
 * (a receiver on 127.0.0.1 in tests, a gateway in the ISP's own LAN), but never a metadata address. Asked
 * when a webhook is registered and again before each delivery, as a name may resolve elsewhere later.
 */
public final class WebhookTargets {

    /** Resolves a host to its addresses, as {@link InetAddress#getAllByName} does. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final List<IpNetwork> INTERNAL = Stream.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/3",
            "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8").map(IpNetwork::parse).toList();
    private static final List<IpNetwork> METADATA = Stream.of("169.254.169.254/32", "fd00:ec2::254/128")
            .map(IpNetwork::parse).toList();

    private final boolean allowHttp;
    private final List<IpNetwork> allowedNetworks;
    private final Resolver resolver;

    public WebhookTargets(boolean allowHttp, List<IpNetwork> allowedNetworks, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowedNetworks = List.copyOf(allowedNetworks);
        this.resolver = resolver;
    }

    /**
     * The addresses a delivery to {@code url} may go to.
     *
     * @throws WebhookUrlRefusedException when the scheme is not allowed, the host does not resolve, or any of
     *                                    its addresses is internal
     */
    public List<InetAddress> check(WebhookUrl url) {
        if (!url.secure() && !allowHttp) {
            throw new WebhookUrlRefusedException("a webhook url must use https");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(url.host());
        } catch (UnknownHostException e) {
            throw new WebhookUrlRefusedException("the webhook's host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                throw new WebhookUrlRefusedException("the webhook's host resolves to an address inside the installation's "
                        + "network (loopback, private, link-local, metadata, multicast or unspecified)");
            }
        }
        return List.of(addresses);
    }

    private boolean allowed(InetAddress address) {
        InetAddress judged = EmbeddedIpv4.of(address).orElse(address);
        if (METADATA.stream().anyMatch(network -> network.contains(address) || network.contains(judged))) {
            return false;
        }
        if (allowedNetworks.stream().anyMatch(network -> network.contains(judged))) {
            return true;
        }
        return !judged.isAnyLocalAddress() && !judged.isLoopbackAddress() && !judged.isLinkLocalAddress()
                && !judged.isSiteLocalAddress() && !judged.isMulticastAddress()
                && INTERNAL.stream().noneMatch(network -> network.contains(judged))
                && !judged.getHostAddress().equals("255.255.255.255");
    }
}
