package org.claimgraph.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Says why an IP address must not be fetched from untrusted input (loopback, private, link-local and
 * the like), or null when it is a public address. Stateless, thread-safe.
 */
final class AddressPolicy {
    private AddressPolicy() {
    }

    /** The kind of non-public address, e.g. "loopback", or null when the address is public. */
    static String nonPublicKind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            // 169.254.169.254 is where cloud providers serve instance credentials.
            return "link-local";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4Kind(b);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return "unique local (private)";
            }
            if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0xC0) {
                return "site-local (private)";
            }
            // IPv6 forms that carry an IPv4 address: judge the IPv4 address inside.
            if (isZero(b, 0, 12)) {
                return embedded(b, 12);  // IPv4-compatible ::a.b.c.d
            }
            if ((b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B
                    && isZero(b, 4, 12)) {
                return embedded(b, 12);  // NAT64 64:ff9b::/96
            }
            if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
                return embedded(b, 2);  // 6to4 2002::/16
            }
        }
        return null;
    }

    private static String ipv4Kind(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        if (a0 == 0) {
            return "unspecified";
        }
        if (a0 == 127) {
            return "loopback";
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xF0) == 16) || (a0 == 192 && a1 == 168)) {
            return "private";
        }
        if (a0 == 169 && a1 == 254) {
            return "link-local";
        }
        if (a0 == 100 && (a1 & 0xC0) == 64) {
            return "carrier-grade NAT (100.64.0.0/10)";
        }
        if (a0 >= 224) {
            return a0 < 240 ? "multicast" : "reserved";
        }
        return null;
    }

    private static String embedded(byte[] b, int from) {
        try {
            byte[] v4 = {b[from], b[from + 1], b[from + 2], b[from + 3]};
            return ipv4Kind(InetAddress.getByAddress(v4).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always a valid IPv4 address", e);
        }
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
