package io.fastscanner.notify;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** What kind of network an IP address belongs to; only {@link #PUBLIC} ones are notification targets by default. */
public enum AddressClass {
    PUBLIC("public"),
    LOOPBACK("loopback"),
    /** 10/8, 172.16/12, 192.168/16 (and the old IPv6 site-local fec0::/10). */
    PRIVATE("private"),
    /** 100.64/10, the carrier-grade NAT range. */
    SHARED("shared (carrier-grade NAT)"),
    /** 169.254/16 (cloud metadata services live there) and fe80::/10. */
    LINK_LOCAL("link-local"),
    /** fc00::/7. */
    UNIQUE_LOCAL("unique-local"),
    MULTICAST("multicast"),
    /** 0.0.0.0/8 and {@code ::}. */
    UNSPECIFIED("unspecified"),
    /** 240/4 and the broadcast address. */
    RESERVED("reserved");

    private final String description;

    AddressClass(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static AddressClass of(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                return ofIpv4(embedded);
            }
        }
        if (address.isAnyLocalAddress()) {
            return UNSPECIFIED;
        }
        if (address.isLoopbackAddress()) {
            return LOOPBACK;
        }
        if (address.isLinkLocalAddress()) {
            return LINK_LOCAL;
        }
        if (address.isMulticastAddress()) {
            return MULTICAST;
        }
        if (address.isSiteLocalAddress()) {
            return PRIVATE;
        }
        return address instanceof Inet4Address ? ofIpv4(b) : ((b[0] & 0xfe) == 0xfc ? UNIQUE_LOCAL : PUBLIC);
    }

    private static AddressClass ofIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return UNSPECIFIED;
        }
        if (first == 127) {
            return LOOPBACK;
        }
        if (first == 10 || (first == 172 && second >= 16 && second < 32) || (first == 192 && second == 168)) {
            return PRIVATE;
        }
        if (first == 100 && second >= 64 && second < 128) {
            return SHARED;
        }
        if (first == 169 && second == 254) {
            return LINK_LOCAL;
        }
        if (first >= 224 && first < 240) {
            return MULTICAST;
        }
        return first >= 240 ? RESERVED : PUBLIC;
    }

    /**
     * The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible ({@code ::a.b.c.d}) or NAT64
     * ({@code 64:ff9b::a.b.c.d}) IPv6 address; null for other IPv6 addresses (and for {@code ::} and {@code ::1}).
     */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros && b[10] == 0 && b[11] == 0 && ((b[12] | b[13] | b[14]) != 0 || (b[15] & 0xfe) != 0);
        boolean nat64 =
                (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        if (!mapped && !compatible && !nat64) {
            return null;
        }
        return new byte[] {b[12], b[13], b[14], b[15]};
    }
}
