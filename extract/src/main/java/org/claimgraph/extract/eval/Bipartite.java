package org.claimgraph.extract.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Maximum one-to-one matching (augmenting paths, Kuhn) of gold items to system items, so that a
 * system item matching two gold items does not cost a match the other way round. Used in two
 * rounds, required gold first, the second round only over system items still free. Stateless,
 * thread-safe.
 */
final class Bipartite {
    private Bipartite() {
    }

    /**
     * Extends {@code systemToGold} (−1 = free; entries already set stay matched to the same gold or
     * are re-routed only among {@code golds}) with gold items {@code golds}, in their order.
     * {@code edge[g][s]} says whether gold g may match system s; {@code locked[s]} system items of
     * an earlier round that must not be re-routed.
     */
    static void extend(List<Integer> golds, boolean[][] edge, int[] systemToGold, boolean[] locked) {
        for (int g : golds) {
            boolean[] seen = new boolean[systemToGold.length];
            augment(g, edge, systemToGold, locked, seen);
        }
    }

    private static boolean augment(int g, boolean[][] edge, int[] systemToGold, boolean[] locked, boolean[] seen) {
        for (int s = 0; s < systemToGold.length; s++) {
            if (!edge[g][s] || seen[s] || locked[s]) {
                continue;
            }
            seen[s] = true;
            if (systemToGold[s] < 0 || augment(systemToGold[s], edge, systemToGold, locked, seen)) {
                systemToGold[s] = g;
                return true;
            }
        }
        return false;
    }

    static int[] unmatched(int systems) {
        int[] m = new int[systems];
        Arrays.fill(m, -1);
        return m;
    }
}
