package org.claimgraph.extract.cue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over token sequences (not characters), so every match starts and ends
 * on a token boundary and one pass over a sentence finds every lexicon phrase and registry alias in
 * it. Built once, then read-only: thread-safe after construction.
 *
 * @param <V> the payload stored with each key
 */
public final class AhoCorasick<V> {
    /** One match: tokens [start, end) of the scanned sequence and the payloads of the key found there. */
    public record Match<V>(int start, int end, List<V> values) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        Node<V> fail;
        final List<V> values = new ArrayList<>();
        int depth;
        /** Nearest node on the fail chain that carries values, so output lists stay short. */
        Node<V> output;
    }

    private final Node<V> root = new Node<>();
    private int size;

    private AhoCorasick() {
    }

    /** Collects keys before the automaton is frozen. Not thread-safe. */
    public static final class Builder<V> {
        private final AhoCorasick<V> ac = new AhoCorasick<>();
        private boolean built;

        public Builder<V> add(List<String> key, V value) {
            if (built) {
                throw new IllegalStateException("automaton already built");
            }
            if (key.isEmpty()) {
                return this;
            }
            Node<V> n = ac.root;
            for (String t : key) {
                Node<V> parent = n;
                n = n.next.computeIfAbsent(t, k -> new Node<>());
                n.depth = parent.depth + 1;
            }
            if (n.values.isEmpty()) {
                ac.size++;
            }
            n.values.add(value);
            return this;
        }

        public AhoCorasick<V> build() {
            built = true;
            ac.link();
            return ac;
        }
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** Number of distinct keys. */
    public int size() {
        return size;
    }

    private void link() {
        ArrayDeque<Node<V>> queue = new ArrayDeque<>();
        root.fail = root;
        for (Node<V> child : root.next.values()) {
            child.fail = root;
            child.output = child.values.isEmpty() ? null : child;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node<V> n = queue.poll();
            for (Map.Entry<String, Node<V>> e : n.next.entrySet()) {
                Node<V> child = e.getValue();
                Node<V> f = n.fail;
                while (f != root && !f.next.containsKey(e.getKey())) {
                    f = f.fail;
                }
                Node<V> target = f.next.get(e.getKey());
                child.fail = target != null && target != child ? target : root;
                child.output = !child.values.isEmpty() ? child : child.fail.output;
                queue.add(child);
            }
        }
    }

    /** Every occurrence of every key in the token sequence, in order of end position. */
    public List<Match<V>> scan(List<String> tokens) {
        List<Match<V>> out = new ArrayList<>();
        Node<V> n = root;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            while (n != root && !n.next.containsKey(t)) {
                n = n.fail;
            }
            Node<V> nx = n.next.get(t);
            n = nx == null ? root : nx;
            for (Node<V> o = n.output; o != null; o = o.fail.output) {
                out.add(new Match<>(i + 1 - o.depth, i + 1, List.copyOf(o.values)));
            }
        }
        return out;
    }
}
