package io.fastscanner.notify;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hosts written as addresses. A host whose last label is a number is an IPv4 address in any of the forms browsers
 * and {@code inet_aton} accept ({@code 127.1}, {@code 0x7f000001}, {@code 0177.0.0.1}, {@code 2130706433}), so it is
 * read as one here too, and checked as the address it means rather than looked up as a name.
 */
final class IpLiterals {

    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+(%[0-9a-z._-]+)?");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-f]*");

    private IpLiterals() {}

    /** The IPv6 address of a bracketed literal (without its brackets). */
    static InetAddress ipv6(String literal) {
        if (!IPV6.matcher(literal.toLowerCase(Locale.ROOT)).matches()) {
            throw new TargetRefusedException("[" + literal + "] is not an IPv6 address");
        }
        try {
            return InetAddress.getByName(literal); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new TargetRefusedException("[" + literal + "] is not an IPv6 address");
        }
    }

    /** The IPv4 address {@code host} means if it ends in a number; empty for a host name. */
    static Optional<InetAddress> ipv4(String host) {
        String[] parts = host.toLowerCase(Locale.ROOT).split("\\.", -1);
        int count = parts.length;
        if (count > 1 && parts[count - 1].isEmpty()) {
            count--; // a trailing dot
        }
        if (!isNumber(parts[count - 1])) {
            return Optional.empty();
        }
        if (count > 4) {
            throw new TargetRefusedException(host + " is not an IPv4 address");
        }
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) {
            BigInteger value = number(parts[i]);
            long limit = i < count - 1 ? 255 : (1L << (8 * (5 - count))) - 1;
            if (value == null || value.compareTo(BigInteger.valueOf(limit)) > 0) {
                throw new TargetRefusedException(host + " is not an IPv4 address");
            }
            numbers[i] = value.longValue();
        }
        long address = numbers[count - 1];
        for (int i = 0; i < count - 1; i++) {
            address += numbers[i] << (8 * (3 - i));
        }
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isNumber(String part) {
        return DECIMAL.matcher(part).matches() || HEX.matcher(part).matches();
    }

    /** A part in decimal, octal (leading 0) or hex (0x); null when it is none of them. */
    private static BigInteger number(String part) {
        if (HEX.matcher(part).matches()) {
            return part.length() == 2 ? BigInteger.ZERO : new BigInteger(part.substring(2), 16);
        }
        if (!DECIMAL.matcher(part).matches()) {
            return null;
        }
        if (part.length() > 1 && part.startsWith("0")) {
            return part.chars().allMatch(c -> c < '8') ? new BigInteger(part.substring(1), 8) : null;
        }
        return new BigInteger(part);
    }
}
