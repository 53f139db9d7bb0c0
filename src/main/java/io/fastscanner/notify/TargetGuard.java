package io.fastscanner.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps notifications away from the service's own network (SSRF): only http and https URLs, and only hosts whose every
 * address is public. A host that is, or resolves to, a loopback, private (10/8, 172.16/12, 192.168/16), shared
 * (100.64/10), link-local (169.254/16 with the cloud metadata services, fe80::/10), unique-local (fc00::/7),
 * multicast, unspecified or reserved address is refused, also when written as an IPv4-mapped IPv6 address or as a
 * number ({@code 127.1}, {@code 0x7f000001}); unless {@code allowPrivateTargets}, which tests and closed networks set.
 *
 * <p>Names are resolved with the system resolver on a worker thread, never on the event loop. The check runs when a
 * channel is created (so a bad target is a 400) and again before every attempt, whose connection goes to the address
 * checked then ({@link ResolvedTarget}).
 */
public final class TargetGuard {

    private final Vertx vertx;
    private final boolean allowPrivateTargets;

    public TargetGuard(Vertx vertx, boolean allowPrivateTargets) {
        this.vertx = vertx;
        this.allowPrivateTargets = allowPrivateTargets;
    }

    /**
     * The address to connect to for {@code uri}; fails with {@link TargetRefusedException} for a refused target, or
     * with {@link java.net.UnknownHostException} when the name does not resolve (now).
     */
    public Uni<ResolvedTarget> resolve(URI uri) {
        return Uni.createFrom().deferred(() -> {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new TargetRefusedException("only http and https targets are allowed, not " + scheme + ":");
            }
            TargetHost host = TargetHost.of(uri);
            if (host == null) {
                throw new TargetRefusedException("the target URL has no valid host");
            }
            Optional<InetAddress> literal =
                    host.ipv6() ? Optional.of(IpLiterals.ipv6(host.host())) : IpLiterals.ipv4(host.host());
            if (literal.isPresent()) {
                return Uni.createFrom().item(checked(uri, host, new InetAddress[] {literal.get()}));
            }
            return vertx.executeBlocking(() -> InetAddress.getAllByName(host.host()), false)
                    .map(addresses -> checked(uri, host, addresses));
        });
    }

    private ResolvedTarget checked(URI uri, TargetHost host, InetAddress[] addresses) {
        if (!allowPrivateTargets) {
            for (InetAddress address : addresses) {
                AddressClass kind = AddressClass.of(address);
                if (kind != AddressClass.PUBLIC) {
                    throw new TargetRefusedException(describe(host.host(), address) + " is a " + kind.description()
                            + " address; only public addresses may be notification targets");
                }
            }
        }
        return new ResolvedTarget(uri, host.host(), host.port(), host.ssl(), addresses[0]);
    }

    private static String describe(String host, InetAddress address) {
        String ip = address.getHostAddress();
        return ip.equalsIgnoreCase(host) ? host : host + " (" + ip + ")";
    }
}
