package org.claimgraph.assess;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.core.TextFold;

/**
 * MinHash signatures over word n-gram shingles of folded text, to estimate the Jaccard similarity
 * of two documents' shingle sets without comparing the sets. Hash functions are fixed seeds over a
 * 64-bit FNV-1a hash, so signatures are the same on every run and machine. Immutable, thread-safe.
 */
final class MinHash {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final int shingle;
    private final long[] seeds;

    MinHash(int shingle, int hashes) {
        if (shingle < 1 || hashes < 1) {
            throw new IllegalArgumentException("shingle size and hash count must be positive");
        }
        this.shingle = shingle;
        this.seeds = new long[hashes];
        long s = 0x5DEECE66DL;
        for (int i = 0; i < hashes; i++) {
            s = splitmix(s + i);
            seeds[i] = s;
        }
    }

    /** The signature of a text: per hash function, the least hash over its shingles. */
    long[] signature(String text) {
        List<String> words = words(text);
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        List<String> shingles = new ArrayList<>();
        if (words.size() < shingle) {
            // Too short for one full shingle: the whole text is the only shingle.
            if (!words.isEmpty()) {
                shingles.add(String.join(" ", words));
            }
        } else {
            for (int i = 0; i + shingle <= words.size(); i++) {
                shingles.add(String.join(" ", words.subList(i, i + shingle)));
            }
        }
        for (String sh : shingles) {
            long base = fnv1a(sh);
            for (int i = 0; i < seeds.length; i++) {
                long h = splitmix(base ^ seeds[i]);
                if (Long.compareUnsigned(h, sig[i]) < 0) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The share of hash functions whose minima agree: an unbiased estimate of the Jaccard similarity. */
    static double similarity(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different length");
        }
        boolean emptyA = a.length > 0 && a[0] == Long.MAX_VALUE && allMax(a);
        boolean emptyB = b.length > 0 && b[0] == Long.MAX_VALUE && allMax(b);
        if (emptyA || emptyB) {
            return 0.0; // an empty text is like nothing, not like every other empty text
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    private static boolean allMax(long[] s) {
        for (long v : s) {
            if (v != Long.MAX_VALUE) {
                return false;
            }
        }
        return true;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(TextFold.fold(text))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long splitmix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
