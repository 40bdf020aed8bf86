package org.claimgraph.assess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.core.DocumentId;

/**
 * Groups near-duplicate documents (estimated Jaccard similarity of word 5-gram sets at or above the
 * threshold, joined transitively) into source clusters. Documents arrive in assessment order, so
 * cluster ids and member order are deterministic. Stateless apart from its settings; thread-safe.
 */
final class SourceClustering {
    static final int SHINGLE = 5;
    static final int HASHES = 128;
    static final double THRESHOLD = 0.8;

    private final MinHash minHash = new MinHash(SHINGLE, HASHES);

    /** Document id to its cluster, and the clusters in order of their earliest member. */
    record Result(Map<String, SourceCluster> byDocument, List<SourceCluster> clusters) {
    }

    Result cluster(List<DocumentMeta> docs) {
        int n = docs.size();
        long[][] sigs = new long[n][];
        for (int i = 0; i < n; i++) {
            sigs[i] = minHash.signature(body(docs.get(i)));
        }
        int[] parent = new int[n];
        double[] weakest = new double[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            weakest[i] = 1.0;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = MinHash.similarity(sigs[i], sigs[j]);
                if (s >= THRESHOLD) {
                    int ri = find(parent, i);
                    int rj = find(parent, j);
                    int root = Math.min(ri, rj);
                    double w = Math.min(s, Math.min(weakest[ri], weakest[rj]));
                    parent[ri] = root;
                    parent[rj] = root;
                    weakest[root] = w;
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Map<String, SourceCluster> byDoc = new LinkedHashMap<>();
        List<SourceCluster> clusters = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
            List<String> ids = new ArrayList<>();
            List<String> outlets = new ArrayList<>();
            for (int i : g.getValue()) {
                ids.add(docs.get(i).id());
                String outlet = docs.get(i).outlet();
                if (outlet != null && !outlets.contains(outlet)) {
                    outlets.add(outlet);
                }
            }
            String id = "src-" + DocumentId.hex(ids.get(0)).substring(0, Math.min(12, DocumentId.hex(ids.get(0)).length()));
            SourceCluster c = new SourceCluster(id, ids, outlets,
                    BigDecimal.valueOf(weakest[g.getKey()]).setScale(2, RoundingMode.HALF_EVEN));
            clusters.add(c);
            for (String d : ids) {
                byDoc.put(d, c);
            }
        }
        return new Result(byDoc, clusters);
    }

    /**
     * The text without a leading headline equal to the title: syndicated copies are often
     * re-headlined, and on a short wire story the headline alone can pull the estimate under the threshold.
     */
    static String body(DocumentMeta d) {
        String text = d.text().stripLeading();
        String title = d.title() == null ? "" : d.title().strip();
        if (!title.isEmpty() && text.startsWith(title)) {
            return text.substring(title.length());
        }
        return text;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
